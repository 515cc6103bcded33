import {
  type HealthReason,
  type HealthState,
  type MeetingFacts,
  ratePairHealth,
  summariseHealth,
} from '#core/health/pair-health';
import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import {
  type HealthCheckInRow,
  type HealthMeetingRow,
  listHealthCheckIns,
  listHealthMeetings,
  listHealthPairs,
} from '#store/pair-health-store';
import { getProgramRow } from '#store/programs-store';

export type PairHealthItem = {
  pairId: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  state: HealthState;
  reasons: HealthReason[];
  meetingsHeld: number;
  meetingsPlanned: number;
};

export type ProgramPairHealth = {
  summary: Record<HealthState, number> & { total: number };
  items: PairHealthItem[];
};

/** Worst first: the pairs HR should look at come at the top. */
const ORDER: Readonly<Record<HealthState, number>> = { inactive: 0, at_risk: 1, healthy: 2 };

/**
 * How each active and paused pair of a program is doing at `now` (issue 7): its state and the reasons
 * in HR's words, with meetings held of planned. Only the core's reasons leave here — never notes,
 * topics, concern text, anyone's pulse or check-in answer, nor which side gave a low one.
 */
export async function rateProgramPairs(
  db: Db,
  orgId: string,
  programId: string,
  now: Date,
): Promise<Result<ProgramPairHealth>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const [pairs, meetings, checkIns] = await Promise.all([
    listHealthPairs(db, orgId, programId),
    listHealthMeetings(db, orgId, programId, now),
    listHealthCheckIns(db, orgId, programId),
  ]);
  const meetingsOf = groupByPair(meetings);
  const checkInOf = latestCheckIns(checkIns);
  const items = pairs.map((pair): PairHealthItem => {
    const facts = meetingsOf.get(pair.pairId) ?? [];
    const health = ratePairHealth(
      {
        startedAt: pair.startedAt,
        agreement: pair.agreedAt ? 'agreed' : 'pending',
        meetings: facts,
        latestCheckIn: checkInOf.get(pair.pairId) ?? null,
        openConcerns: pair.openConcerns,
      },
      now,
    );
    return {
      pairId: pair.pairId,
      mentor: pair.mentor,
      mentee: pair.mentee,
      state: health.state,
      reasons: [...health.reasons],
      meetingsHeld: facts.filter((m) => m.status === 'held').length,
      meetingsPlanned: facts.length,
    };
  });
  items.sort(
    (a, b) =>
      ORDER[a.state] - ORDER[b.state] ||
      a.mentor.name.localeCompare(b.mentor.name) ||
      a.pairId.localeCompare(b.pairId),
  );
  return ok({ summary: summariseHealth(items), items });
}

/** Each pair's meetings as the core reads them. The store already left out cancelled and future ones. */
function groupByPair(rows: readonly HealthMeetingRow[]): Map<string, MeetingFacts[]> {
  const byPair = new Map<string, MeetingFacts[]>();
  for (const { pairId, ...facts } of rows) {
    const list = byPair.get(pairId);
    if (list) list.push(facts);
    else byPair.set(pairId, [facts]);
  }
  return byPair;
}

const TIMING_ORDER = { midpoint: 0, final: 1 } as const;

/**
 * Each side's "how is it going" answer in the latest check-in they answered (the final review over the
 * midpoint one); a side that answered neither is null.
 */
function latestCheckIns(
  rows: readonly HealthCheckInRow[],
): Map<string, { mentor: number | null; mentee: number | null }> {
  const latest = new Map<string, HealthCheckInRow>();
  for (const row of rows) {
    const key = `${row.pairId}:${row.side}`;
    const seen = latest.get(key);
    if (!seen || TIMING_ORDER[row.timing] > TIMING_ORDER[seen.timing]) latest.set(key, row);
  }
  const byPair = new Map<string, { mentor: number | null; mentee: number | null }>();
  for (const row of latest.values()) {
    const pair = byPair.get(row.pairId) ?? { mentor: null, mentee: null };
    pair[row.side] = row.going;
    byPair.set(row.pairId, pair);
  }
  return byPair;
}
