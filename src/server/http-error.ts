import type { Issue } from '#core/result';

/** The short codes a client sees, and their HTTP status: the one table (STYLE.md rule 11). */
export const ERROR_STATUS = {
  validation: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = {
  error: { code: ErrorCode; message: string; issues?: readonly Issue[] };
};

/**
 * The one HTTP error. `message` is for the user; the internal story travels in `cause` and reaches
 * the log, never the client.
 */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: readonly Issue[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: readonly Issue[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'HttpError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.issues = options.issues;
  }

  /** Fastify and its plugins read the status from here. */
  get statusCode(): number {
    return this.status;
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) },
    };
  }
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

/**
 * Maps a use-case's failure onto the HTTP error: an issue whose code is an error code (not_found,
 * conflict, gone ...) decides the status; anything else is a field-level validation failure.
 */
export function httpErrorFromIssues(issues: readonly Issue[]): HttpError {
  const decisive = issues.find((i) => isErrorCode(i.code) && i.code !== 'validation');
  if (decisive && isErrorCode(decisive.code)) return new HttpError(decisive.code, decisive.message);
  const first = issues[0];
  const message = issues.length === 1 && first ? first.message : 'Some fields need attention.';
  return new HttpError('validation', message, { issues });
}
