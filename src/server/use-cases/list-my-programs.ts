import { completedProgram } from '#core/impact/certificate-eligibility';
import { type EnrollmentState, volunteerSide } from '#core/programs/enrollment-rules';
import type { Side } from '#core/programs/intake-form';
import type { Caller } from '#server/auth/authenticate';
import { type ProgramBrief, programBrief } from '#server/use-cases/describe-application';
import { parseProgram } from '#server/use-cases/load-enrollment-program';
import type { Db } from '#store/database';
import { listProgramsOfPerson } from '#store/enrollments-store';

/** One row of the caller's programs page. */
type MyProgram = {
  program: ProgramBrief;
  enrollment: {
    id: string;
    side: Side;
    status: EnrollmentState;
    submittedAt: string | null;
  } | null;
  canVolunteer: Side | null;
  certificate: boolean;
};

/**
 * The programs the caller is in (in whatever state: invited, nominated, applied ...) followed by the
 * open programs they may volunteer for. Without an employee record there is nothing to show.
 * `certificate` says whether they completed the program, so may download a certificate of
 * participation (#core/impact/certificate-eligibility).
 */
export async function listMyPrograms(db: Db, caller: Caller): Promise<MyProgram[]> {
  if (!caller.personId) return [];
  const rows = await listProgramsOfPerson(db, caller.orgId, caller.personId);
  const mine: MyProgram[] = [];
  const open: MyProgram[] = [];
  for (const { program, enrollment, level, ownPairs } of rows) {
    const parsed = parseProgram(program);
    if (enrollment) {
      mine.push({
        program: programBrief(parsed),
        enrollment: {
          id: enrollment.id,
          side: enrollment.side,
          status: enrollment.status,
          submittedAt: enrollment.submittedAt?.toISOString() ?? null,
        },
        canVolunteer: null,
        certificate: completedProgram(program, ownPairs),
      });
      continue;
    }
    const side = volunteerSide({ phase: parsed.row.phase, settings: parsed.settings }, level);
    if (side)
      open.push({ program: programBrief(parsed), enrollment: null, canVolunteer: side, certificate: false });
  }
  return [...mine, ...open];
}
