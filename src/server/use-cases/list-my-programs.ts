import { completedProgram } from '#core/impact/certificate-eligibility';
import { volunteerSide } from '#core/programs/enrollment-rules';
import type { Caller } from '#server/auth/authenticate';
import { programBrief } from '#server/use-cases/describe-application';
import { parseProgram } from '#server/use-cases/load-enrollment-program';
import { listOwnPairs } from '#store/certificates-store';
import type { Db } from '#store/database';
import { listEnrollmentsOfPerson, listRecruitingPrograms } from '#store/enrollments-store';
import { getPerson } from '#store/people-store';

/**
 * The programs the caller is in (in whatever state: invited, nominated, applied ...) followed by the
 * open programs they may volunteer for. Without an employee record there is nothing to show.
 * `certificate` says whether they completed the program, so may download a certificate of
 * participation (#core/impact/certificate-eligibility).
 */
export async function listMyPrograms(db: Db, caller: Caller) {
  if (!caller.personId) return [];
  const [person, mine, ownPairs, recruiting] = await Promise.all([
    getPerson(db, caller.orgId, caller.personId),
    listEnrollmentsOfPerson(db, caller.orgId, caller.personId),
    listOwnPairs(db, caller.orgId, caller.personId),
    listRecruitingPrograms(db, caller.orgId),
  ]);
  if (!person) return [];
  const enrolledIn = new Set(mine.map((m) => m.program.id));
  const open = recruiting
    .filter((row) => !enrolledIn.has(row.id))
    .map(parseProgram)
    .map((p) => ({
      program: p,
      side: volunteerSide({ phase: p.row.phase, settings: p.settings }, person.level),
    }));
  return [
    ...mine.map(({ program, enrollment }) => ({
      program: programBrief(parseProgram(program)),
      enrollment: {
        id: enrollment.id,
        side: enrollment.side,
        status: enrollment.status,
        submittedAt: enrollment.submittedAt?.toISOString() ?? null,
      },
      canVolunteer: null,
      certificate: completedProgram(
        program,
        ownPairs.filter((p) => p.programId === program.id),
      ),
    })),
    ...open.flatMap(({ program, side }) =>
      side
        ? [{ program: programBrief(program), enrollment: null, canVolunteer: side, certificate: false }]
        : [],
    ),
  ];
}
