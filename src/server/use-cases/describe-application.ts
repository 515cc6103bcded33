import { editRefusal, type EnrollmentState, volunteerSide } from '#core/programs/enrollment-rules';
import { type Question, questionsFor, type Side } from '#core/programs/intake-form';
import { answersAreOpen } from '#core/programs/program-phase';
import { fail, issue, ok, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';
import { employeeRecordOf } from '#server/use-cases/employee-record-of';
import { type EnrollmentProgram, loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import type { Db } from '#store/database';
import { findEnrollmentOfPerson } from '#store/enrollments-store';
import { getPerson } from '#store/people-store';

export type ProgramBrief = {
  id: string;
  name: string;
  type: EnrollmentProgram['row']['type'];
  phase: EnrollmentProgram['row']['phase'];
  startDate: string;
  endDate: string;
  purpose: string;
};

export type ApplicationView = {
  program: ProgramBrief;
  side: Side;
  /** Null until a volunteer saves for the first time. */
  status: EnrollmentState | null;
  questions: Question[];
  /** Including the person's own sensitive answers: this view is only ever theirs. */
  answers: Record<string, unknown>;
  matchingConsent: boolean;
  answersOpen: boolean;
  groundRules: string[];
};

export function programBrief({ row, settings }: EnrollmentProgram): ProgramBrief {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    phase: row.phase,
    startDate: row.startDate,
    endDate: row.endDate,
    purpose: settings.purpose,
  };
}

/**
 * The caller's own application to a program: their side's questions and their answers. Someone who is
 * not in the program sees an empty form only when they may volunteer; otherwise the program is unknown.
 */
export async function describeApplication(
  db: Db,
  caller: Caller,
  programId: string,
): Promise<Result<ApplicationView>> {
  const personId = employeeRecordOf(caller);
  if (!personId.ok) return personId;
  const loaded = await loadEnrollmentProgram(db, caller.orgId, programId);
  if (!loaded.ok) return loaded;
  const program = loaded.value;
  const enrollment = await findEnrollmentOfPerson(db, caller.orgId, programId, personId.value);
  const person = await getPerson(db, caller.orgId, personId.value);
  const side =
    enrollment?.side ??
    volunteerSide({ phase: program.row.phase, settings: program.settings }, person?.level ?? null);
  if (!side) return fail([issue('not_found', 'That program was not found.')]);
  const status = enrollment?.status ?? null;
  return ok({
    program: programBrief(program),
    side,
    status,
    questions: questionsFor(program.form, side),
    answers: { ...enrollment?.answers, ...enrollment?.sensitiveAnswers },
    matchingConsent: enrollment?.matchingConsent ?? false,
    answersOpen: answersAreOpen(program.row.phase) && (status === null || editRefusal(status) === null),
    groundRules: program.settings.groundRules,
  });
}
