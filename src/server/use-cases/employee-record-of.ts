import { fail, issue, ok, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';

/** The caller's employee record (person id); applying to a program needs one. */
export function employeeRecordOf(caller: Caller): Result<string> {
  if (caller.personId) return ok(caller.personId);
  return fail([
    issue(
      'conflict',
      `Your account is not linked to an employee record at ${caller.org.name}, so you cannot take part in programs yet. Ask your program manager or administrator to link it.`,
    ),
  ]);
}
