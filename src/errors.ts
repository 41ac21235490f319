// One error vocabulary: core code throws AppError with a code; one onError turns it into JSON.

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'conflict'
  | 'not_configured'
  | 'internal';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 500 | 503> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  conflict: 409,
  not_configured: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status() {
    return STATUS[this.code];
  }
}

/** The one JSON shape of every error answer. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: unknown };
}
