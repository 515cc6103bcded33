import type { Engagement } from '#core/impact/engagement';
import {
  type HealthCounts,
  type OverviewProgramInput,
  type OverviewRow,
  type OverviewTotals,
  overviewSizes,
  programsOverview,
} from '#core/impact/programs-overview';
import { startOfDay } from '#core/impact/report-periods';
import type { Phase } from '#core/programs/program-phase';
import { DEFAULT_MIN_GROUP_SIZE } from '#core/surveys/suppression';
import { describeImpact, type ImpactCaller } from '#server/use-cases/describe-impact';
import { rateProgramPairs } from '#server/use-cases/rate-program-pairs';
import type { Db } from '#store/database';
import { listPairEngagement, listParticipantJourneys } from '#store/impact-store';
import { getOrganisation } from '#store/organisations-store';
import { countActivePairsByProgram } from '#store/programs-overview-store';
import { listProgramSummaries } from '#store/programs-store';

export type OverviewProgram = {
  id: string;
  name: string;
  phase: Phase;
  startDate: string;
  endDate: string;
  /** HR may see who sponsors a program. */
  sponsorName: string | null;
};
export type ProgramsOverviewView = {
  minGroupSize: number;
  /** The calendar day (UTC) the figures are taken on. */
  asOf: string;
  /** Every program past its draft, newest start first. */
  programs: OverviewRow<OverviewProgram>[];
  totals: OverviewTotals;
  /** Drafts have no figures yet; listed so HR knows they are not counted. */
  drafts: OverviewProgram[];
};

/** The phases in which pairs meet, so pair health says something. */
const RUNNING: ReadonlySet<Phase> = new Set<Phase>(['active', 'midpoint', 'closing']);
/** Programs read at once: enough to overlap queries on PostgreSQL, few enough for its pool of 10. */
const AT_ONCE = 4;

async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

/**
 * HR's dashboard across programs (issue 8): for every program of the organisation past its draft, the
 * headline figures of its Impact tab (describe-impact, for HR), its active pairs and, while it runs, its
 * pair health; and totals across programs, planned jointly with the rows so that no figure the Impact
 * tab hides can be worked out from them (#core/impact/programs-overview).
 */
export async function describeProgramsOverview(
  db: Db,
  caller: ImpactCaller,
  now: Date,
): Promise<ProgramsOverviewView> {
  const { orgId } = caller;
  const [org, summaries, activePairs] = await Promise.all([
    getOrganisation(db, orgId),
    listProgramSummaries(db, orgId),
    countActivePairsByProgram(db, orgId),
  ]);
  const minGroupSize = org?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const all: OverviewProgram[] = summaries.map((s) => ({
    id: s.id,
    name: s.name,
    phase: s.phase as Phase,
    startDate: s.startDate,
    endDate: s.endDate,
    sponsorName: s.sponsorName,
  }));
  const inputs = await inBatches(
    all.filter((p) => p.phase !== 'draft'),
    AT_ONCE,
    async (program): Promise<OverviewProgramInput<OverviewProgram> | null> => {
      const [impact, journeys, pairs, health] = await Promise.all([
        describeImpact(db, caller, program.id, now),
        listParticipantJourneys(db, orgId, program.id, startOfDay(program.endDate)),
        listPairEngagement(db, orgId, program.id, now),
        RUNNING.has(program.phase) ? rateProgramPairs(db, orgId, program.id, now) : null,
      ]);
      // A program deleted while this was read is left out.
      if (!impact.ok) return null;
      const matched = impact.value.funnel.now.find((s) => s.stage === 'matched');
      if (!matched) return null;
      const engagement: Engagement = impact.value.engagement;
      return {
        program,
        shown: {
          matched,
          meetings: engagement.meetings,
          pulse: engagement.pulse.overall,
          objectives: impact.value.objectives,
        },
        sizes: overviewSizes(journeys, pairs, now),
        activePairs: activePairs.get(program.id) ?? 0,
        health: health?.ok ? (health.value.summary satisfies HealthCounts) : null,
      };
    },
  );
  const overview = programsOverview(
    inputs.filter((i) => i !== null),
    { minGroupSize },
  );
  return {
    minGroupSize,
    asOf: now.toISOString().slice(0, 10),
    programs: overview.programs,
    totals: overview.totals,
    drafts: all.filter((p) => p.phase === 'draft'),
  };
}
