import { type CohortComparison, type CohortInput, compareCohorts } from '#core/impact/cohort-comparison';
import { earlierCohorts } from '#core/programs/earlier-cohorts';
import { ok, type Result } from '#core/result';
import { describeImpact, type ImpactCaller, type ProgramImpact } from '#server/use-cases/describe-impact';
import type { Db } from '#store/database';
import { listCohortLinks } from '#store/programs-store';

/** How many earlier cohorts a comparison goes back. */
const COMPARED_COHORTS = 5;

const cohortOf = (impact: ProgramImpact): CohortInput => ({
  programId: impact.program.id,
  name: impact.program.name,
  startDate: impact.program.startDate,
  endDate: impact.program.endDate,
  figures: { ...impact, funnel: impact.funnel.now },
});

/** The programs this one was cloned from, newest first: at most `COMPARED_COHORTS`, never a loop. */
async function earlierCohortIds(db: Db, orgId: string, programId: string): Promise<string[]> {
  return earlierCohorts(programId, await listCohortLinks(db, orgId), COMPARED_COHORTS).map((c) => c.id);
}

/**
 * A program against its earlier cohorts (issue 8): the program it was cloned from, that one's source,
 * and so on. The caller must be allowed this program's impact (HR, or its sponsor); the earlier
 * cohorts are then read as HR would read them, which is the same aggregates every audience gets,
 * each through suppression. Aggregates only.
 */
export async function describeCohortComparison(
  db: Db,
  caller: ImpactCaller,
  programId: string,
  now: Date,
): Promise<Result<CohortComparison>> {
  const current = await describeImpact(db, caller, programId, now);
  if (!current.ok) return current;
  return ok(await compareWithEarlier(db, caller.orgId, current.value, now));
}

/** The comparison for a program whose impact the caller may already see. */
export async function compareWithEarlier(
  db: Db,
  orgId: string,
  current: ProgramImpact,
  now: Date,
): Promise<CohortComparison> {
  const internalHr: ImpactCaller = { orgId, roles: ['program_manager'], personId: null };
  const earlier: CohortInput[] = [];
  for (const id of await earlierCohortIds(db, orgId, current.program.id)) {
    const impact = await describeImpact(db, internalHr, id, now);
    if (impact.ok) earlier.push(cohortOf(impact.value));
  }
  return compareCohorts(cohortOf(current), earlier);
}
