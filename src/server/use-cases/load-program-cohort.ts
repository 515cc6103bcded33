import type { Cohort, PairRef } from '#core/matching/cohort-schema';
import { cohortFromEnrollments } from '#core/pairing/cohort-from-enrollments';
import { programSettingsSchema } from '#core/programs/program-settings';
import type { Result } from '#core/result';
import type { Db } from '#store/database';
import { matchingEnrollments, orgChartOf } from '#store/match-runs-store';
import { pairsOfPeople } from '#store/pairs-store';
import type { ProgramRow } from '#store/programs-store';

export type CohortRequest = {
  readonly kind: 'initial' | 'rematch';
  readonly rules?: Readonly<Record<string, unknown>>;
  readonly weights?: Readonly<Record<string, number>>;
  readonly pins?: readonly PairRef[];
  readonly blocks?: readonly PairRef[];
};

/**
 * The cohort a run matches. Initial: the program's approved people. Re-match: the approved people
 * without an active pair in the program, and the wait-list; everyone else stays untouched. Earlier
 * pairs of these people are history, never repeated (the `repeat-pair` hard rule): with the program's
 * `avoidRepeatPairs` on (the default), pairs from any earlier program, earlier cohorts included; off,
 * only this program's own ended pairs.
 */
export async function loadProgramCohort(
  db: Db,
  orgId: string,
  program: ProgramRow,
  request: CohortRequest,
): Promise<Result<Cohort>> {
  const statuses =
    request.kind === 'initial' ? (['approved'] as const) : (['approved', 'waitlisted'] as const);
  const rows = await matchingEnrollments(db, orgId, program.id, statuses);
  const earlier = await pairsOfPeople(
    db,
    orgId,
    rows.map((r) => r.personId),
  );
  const busy = new Set(
    earlier
      .filter((p) => p.programId === program.id && p.status !== 'ended')
      .flatMap((p) => [p.mentorId, p.menteeId]),
  );
  const pool = rows.filter((r) => !busy.has(r.personId));
  const load = new Map<string, number>();
  for (const p of earlier) {
    if (p.programId !== program.id && p.status !== 'ended')
      load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
  }
  const settings = programSettingsSchema.parse(program.settings);
  const history = settings.avoidRepeatPairs ? earlier : earlier.filter((p) => p.programId === program.id);
  return cohortFromEnrollments({
    program: { name: program.name, type: program.type, settings },
    enrollments: pool,
    orgChart: await orgChartOf(db, orgId),
    history: history.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })),
    pins: request.pins ?? [],
    blocks: request.blocks ?? [],
    concurrentLoad: [...load].map(([personId, mentees]) => ({ personId, mentees })),
    ...(request.rules ? { rules: request.rules } : {}),
    ...(request.weights ? { weights: request.weights } : {}),
  });
}
