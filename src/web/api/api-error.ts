/** Every failure the API client reports, already shaped for showing to a person. */
export type ApiErrorCode =
  | 'validation'
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'rate_limited'
  | 'internal'
  | 'network';

export interface ApiIssue {
  code: string;
  path: (string | number)[];
  message: string;
}

const fallbackMessages: Record<ApiErrorCode, string> = {
  validation: 'Some details need another look.',
  bad_request: 'That request could not be handled.',
  unauthenticated: 'Please sign in to continue.',
  forbidden: 'You do not have access to this.',
  not_found: 'We could not find that.',
  conflict: 'That conflicts with something that already exists.',
  gone: 'That link is no longer valid.',
  rate_limited: 'Too many attempts. Please wait a moment and try again.',
  internal: 'Something went wrong on our side. Please try again.',
  network: 'We could not reach Counterpart. Check your connection and try again.',
};

const statusCodes: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  429: 'rate_limited',
};

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Field name → first message for that field (from validation issues, `path[0]`). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** The validation issues with their whole paths, for forms with nested fields. */
  readonly issues: readonly ApiIssue[];

  constructor(code: ApiErrorCode, message: string, status: number, issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.fieldErrors = toFieldErrors(issues);
    this.issues = issues;
  }
}

function toFieldErrors(issues: readonly ApiIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field !== undefined && fields[String(field)] === undefined) fields[String(field)] = issue.message;
  }
  return fields;
}

function isKnownCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && code in fallbackMessages;
}

function readIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (issue): issue is ApiIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as ApiIssue).path) &&
      typeof (issue as ApiIssue).message === 'string',
  );
}

/** Turns an error response (any body, even none) into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const fallbackCode = statusCodes[status] ?? 'internal';
  if (typeof error !== 'object' || error === null) {
    return new ApiError(fallbackCode, fallbackMessages[fallbackCode], status);
  }
  const { code, message, issues } = error as { code?: unknown; message?: unknown; issues?: unknown };
  const known = isKnownCode(code) ? code : fallbackCode;
  const text = typeof message === 'string' && message.length > 0 ? message : fallbackMessages[known];
  return new ApiError(known, text, status, readIssues(issues));
}

export function networkError(): ApiError {
  return new ApiError('network', fallbackMessages.network, 0);
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A calm message for any thrown value: the server's words when we have them, never a stack trace. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : fallbackMessages.internal;
}
