import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, DEFAULT_MESSAGES, type ErrorCode } from '../errors.ts';

interface ValidationIssue {
  path: string;
  message: string;
}

function fromFastifyCode(error: FastifyError): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('bad_request', 'Nội dung yêu cầu trống.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('bad_request', 'Nội dung JSON không hợp lệ.');
    default:
      break;
  }
  if (error instanceof SyntaxError) return new AppError('bad_request', 'Nội dung JSON không hợp lệ.');
  if (error.statusCode === 429) return new AppError('too_many_requests');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode === 404 ? 'not_found' : 'bad_request');
  }
  return null;
}

/** Installs the single error handler: every failure answers `{ error: { code, message } }`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const issues: ValidationIssue[] = error.validation.map((v) => ({
        path: `${error.validationContext ?? ''}${v.instancePath}`,
        message: v.message ?? DEFAULT_MESSAGES.validation_failed,
      }));
      const first = issues[0];
      const message = first
        ? `${DEFAULT_MESSAGES.validation_failed} ${first.path ? `${first.path}: ` : ''}${first.message}`
        : DEFAULT_MESSAGES.validation_failed;
      appError = new AppError('validation_failed', message, { issues });
    } else {
      appError = fromFastifyCode(error) ?? new AppError('internal');
    }
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, 'request rejected');
    const body: { code: ErrorCode; message: string; details?: unknown } = {
      code: appError.code,
      message: appError.message,
    };
    if (appError.details !== undefined) body.details = appError.details;
    void reply.status(appError.status).send({ error: body });
  });
}

/**
 * Answers unknown URLs: API paths get the JSON 404; with the web app served, other GETs get its
 * index.html so client-side routes survive a reload.
 */
export function installNotFoundHandler(app: FastifyInstance, options: { spaIndex: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    // A missing hashed asset (stale page after a deploy) must be a 404, not index.html served as script.
    const isAsset = request.url.startsWith('/assets/');
    if (options.spaIndex && !isApi && !isAsset && (request.method === 'GET' || request.method === 'HEAD')) {
      void reply.header('cache-control', 'no-cache').sendFile('index.html');
      return;
    }
    void reply.status(404).send({ error: { code: 'not_found', message: DEFAULT_MESSAGES.not_found } });
  });
}
