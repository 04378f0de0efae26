/** Stable error codes the API answers with; each carries a Vietnamese message and an HTTP status. */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'database_unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  database_unavailable: 503,
  internal: 500,
};

/** Default Vietnamese messages, used when a throw site gives none. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  bad_request: 'Yêu cầu không hợp lệ.',
  validation_failed: 'Dữ liệu gửi lên không hợp lệ.',
  unauthenticated: 'Bạn cần đăng nhập để tiếp tục.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  csrf_failed: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
  not_found: 'Không tìm thấy.',
  conflict: 'Dữ liệu đã thay đổi hoặc bị trùng. Hãy tải lại và thử lại.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  unsupported_media_type: 'Định dạng dữ liệu không được hỗ trợ.',
  too_many_requests: 'Quá nhiều yêu cầu. Hãy thử lại sau ít phút.',
  database_unavailable: 'Cơ sở dữ liệu chưa sẵn sàng.',
  internal: 'Đã xảy ra lỗi hệ thống. Hãy thử lại sau.',
};

/** An error meant for the client: the handler answers `{ error: { code, message, details? } }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
  }
}

/** Shorthand for the 404 that also hides objects outside the actor's scope. */
export const notFound = (message?: string) => new AppError('not_found', message);
