import type { CSRF_HEADER } from '../../shared/schemas/auth.ts';
import { vi } from '../i18n/vi.ts';

/**
 * Header carrying the CSRF token. Typed against the shared constant so the two can never drift
 * apart, without pulling zod into the first-load bundle.
 */
export const CSRF_HEADER_NAME: typeof CSRF_HEADER = 'x-csrf-token';

/** An API failure: the server's stable code and its Vietnamese message, ready to show as is. */
export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Error code used when the request never reached the server. */
export const NETWORK_ERROR_CODE = 'network_error';

/** True for an ApiError with the given HTTP status. */
export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from the session answer; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token of the current session, if signed in. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Query-string values; undefined, null and '' are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=x` from the defined values, or '' when there are none. */
export function buildQuery(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Reads an error body `{ error: { code, message, details } }` into an ApiError. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (error && typeof error === 'object') {
      const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
      if (typeof message === 'string' && message) {
        return new ApiError(status, typeof code === 'string' ? code : 'error', message, details);
      }
    }
  }
  return new ApiError(status, `http_${status}`, fallbackMessage(status));
}

function fallbackMessage(status: number): string {
  if (status === 401) return vi['error.unauthenticated'];
  if (status === 403) return vi['error.forbidden'];
  if (status === 404) return vi['error.notFound'];
  if (status === 413) return vi['error.tooLarge'];
  if (status === 429) return vi['error.tooManyRequests'];
  if (status >= 500) return vi['error.server'];
  return vi['error.unexpected'];
}

/** A network failure as an ApiError, so every caller handles one error type. */
export function networkError(): ApiError {
  return new ApiError(0, NETWORK_ERROR_CODE, vi['error.network']);
}

/** Options of one API call. */
export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the API on this origin with the session cookie; writes carry the CSRF header. Answers
 * the parsed JSON (undefined for 204) or throws an ApiError with the server's message.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER_NAME] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw errorFromBody(response.status, body);
  return body as T;
}
