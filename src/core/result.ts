/**
 * Expected failures are values, not exceptions (STYLE.md rule 10).
 * An issue names what went wrong (`code`), where (`path`), and says it in words a user can read.
 */
export type Issue = {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
};

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

export function issue(code: string, message: string, path: readonly (string | number)[] = []): Issue {
  return { code, path, message };
}
