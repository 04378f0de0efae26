import { z } from 'zod';
import { ZErrorResponse } from '../../shared/schemas/errors.ts';

/**
 * The error answers of the register and workflow routes: bad input, no session, not allowed,
 * outside the actor's scope (404), and a state that forbids the change (409).
 */
export const ENTRY_ERRORS = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
};

/** The error answers of a multipart upload: those of an entry, plus too large (413) and not multipart (415). */
export const UPLOAD_ERRORS = { ...ENTRY_ERRORS, 413: ZErrorResponse, 415: ZErrorResponse };

/** The answer of a write that creates a row and hands back only its id. */
export const ZCreatedId = z.object({ id: z.number() });

/** The answer of a write that has nothing to say (204). */
export const ZNoContent = z.null();

/** A database id in a path, as `ZIdParams` checks it. */
export const ZPathId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
