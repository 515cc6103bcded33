import { isApiError } from '../api/api-error';

/** The server's field issues by their whole path ('schedule.time', 'groundRules.2'), first message each. */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const byPath: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (path && byPath[path] === undefined) byPath[path] = issue.message;
  }
  return byPath;
}

/** The messages of issues that no field of the form shows (and any error without field issues). */
export function unplacedMessages(error: unknown, isPlaced: (path: string) => boolean): string[] {
  if (!isApiError(error)) return [];
  return error.issues.filter((issue) => !isPlaced(issue.path.join('.'))).map((issue) => issue.message);
}

/** Whether a form needs an alert above its buttons for this error. */
export function needsFormAlert(error: unknown, isPlaced: (path: string) => boolean): boolean {
  if (!error) return false;
  if (!isApiError(error) || error.issues.length === 0) return true;
  return unplacedMessages(error, isPlaced).length > 0;
}

/** The issues under `prefix.` with the prefix taken off: 'schedule.time' → 'time'. */
export function within(issues: Record<string, string>, prefix: string): Record<string, string> {
  const start = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(issues)
      .filter(([path]) => path.startsWith(start))
      .map(([path, message]) => [path.slice(start.length), message]),
  );
}
