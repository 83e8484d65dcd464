// One error type for expected failures. `code` decides the HTTP status and the translated
// message (messages.*.errors.<code>); `fields` carries per-field message keys for forms.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE" | "UNAUTHENTICATED";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  VALIDATION: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  UNAUTHENTICATED: 401,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field name → message key under `errors.fields`, for forms. */
  readonly fields: Record<string, string>;
  /** Seconds to wait before retrying (RATE_LIMITED). */
  readonly retryAfter?: number;

  constructor(code: AppErrorCode, opts: { message?: string; fields?: Record<string, string>; retryAfter?: number } = {}) {
    super(opts.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fields = opts.fields ?? {};
    this.retryAfter = opts.retryAfter;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
