import { countFigure, type PeopleCount } from '#core/impact/impact-figures';
import type { BySide } from '#core/surveys/aggregate-survey';
import type { Side } from '#core/programs/intake-form';
import { type ReportPeriod, reportPeriods, type PeriodUnit, startOfDay } from '#core/impact/report-periods';
import { type Figure, type Group, planSuppression, type SumRelation } from '#core/surveys/suppression';

/**
 * Participation (issue 8): how many people reached each stage of a program, per side, now and over
 * time. The stages, in order, and what the caller dates each one by:
 *  - invited: enrolled at all — invited, nominated or signed up themselves (the enrollment's creation);
 *  - applied: sent their intake answers;
 *  - approved: approved by HR;
 *  - matched: placed in a published pair (their first pair's start);
 *  - active: held at least one meeting (the first held meeting);
 *  - completed: took part until the program ended (the program's end).
 *
 * Rules:
 * - A stage counts everyone who reached it or any later stage, dated by the earliest of those dates
 *   (someone matched without an approval on record was approved). So the counts never grow down the
 *   stages. A person counts once per stage, for the side they enrolled on.
 * - "Now" counts what happened on or before `asOf`; over time, each week or month counts what had
 *   happened before the period ended (cumulative), so a chart shows the funnel filling up.
 * - Suppression (suppression.ts): each stage's count for everyone and for each side is a group of
 *   people; below the minimum it is hidden, and a side is hidden too when the other side is hidden
 *   and the total shown (it would follow by subtraction). Differences between stages or periods are
 *   counts of people who moved on, never who they are, and are not checked. A stage nobody reached
 *   shows 0: a count about no one tells nothing about anyone.
 */
export const FUNNEL_STAGES = ['invited', 'applied', 'approved', 'matched', 'active', 'completed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type ParticipantJourney = {
  readonly personId: string;
  readonly side: Side;
  /** When the person reached each stage; a missing or null stage was not reached (or not recorded). */
  readonly reached: Readonly<Partial<Record<FunnelStage, Date | null>>>;
};
export type StageCount = PeopleCount;
export type FunnelStageFigure = {
  stage: FunnelStage;
  overall: Figure<StageCount>;
  bySide: BySide<StageCount>;
};
export type FunnelPeriod = ReportPeriod & { stages: FunnelStageFigure[] };

const SIDES: readonly Side[] = ['mentor', 'mentee'];

/** When the journey reached `stage` by the rule above (the earliest date at it or beyond), or null. */
export function reachedAt(journey: ParticipantJourney, stage: FunnelStage): Date | null {
  const times = FUNNEL_STAGES.slice(FUNNEL_STAGES.indexOf(stage))
    .map((s) => journey.reached[s]?.getTime())
    .filter((t): t is number => t !== undefined && Number.isFinite(t));
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

/** A journey with the time it reached each stage by the rule above, worked out once. */
type Dated = {
  readonly key: string;
  readonly side: Side;
  readonly at: Readonly<Record<FunnelStage, number>>;
};

function dated(journeys: readonly ParticipantJourney[]): Dated[] {
  return journeys.map((j) => {
    // `reachedAt` for every stage at once: the earliest date at each stage or beyond, from the end.
    const at = {} as Record<FunnelStage, number>;
    let earliest = Infinity;
    for (let i = FUNNEL_STAGES.length - 1; i >= 0; i--) {
      const stage = FUNNEL_STAGES[i]!;
      const time = j.reached[stage]?.getTime();
      if (time !== undefined && Number.isFinite(time) && time < earliest) earliest = time;
      at[stage] = earliest;
    }
    return { key: `${j.side}:${j.personId}`, side: j.side, at };
  });
}

type Who = Side | 'all';
/**
 * For each stage and for everyone and each side, when each distinct person reached it (the earliest
 * of their journeys), sorted: the count on a day is then a binary search, not a pass over everyone.
 */
type Reach = Readonly<Record<FunnelStage, Readonly<Record<Who, readonly number[]>>>>;

function reach(journeys: readonly Dated[]): Reach {
  const byKey = new Map<string, { side: Side; at: Record<FunnelStage, number> }>();
  for (const j of journeys) {
    const seen = byKey.get(j.key);
    if (!seen) byKey.set(j.key, { side: j.side, at: { ...j.at } });
    else for (const stage of FUNNEL_STAGES) seen.at[stage] = Math.min(seen.at[stage], j.at[stage]);
  }
  const people = [...byKey.values()];
  const sorted = (times: number[]) => times.sort((a, b) => a - b);
  const result = {} as Record<FunnelStage, Record<Who, number[]>>;
  for (const stage of FUNNEL_STAGES) {
    const ofSide = (side: Side) => sorted(people.filter((p) => p.side === side).map((p) => p.at[stage]));
    result[stage] = {
      all: sorted(people.map((p) => p.at[stage])),
      mentor: ofSide('mentor'),
      mentee: ofSide('mentee'),
    };
  }
  return result;
}

/** How many of the sorted `times` are on or before `until`. */
function countUpTo(times: readonly number[], until: number): number {
  let [lo, hi] = [0, times.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= until) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function stagesAt(reached: Reach, until: number, min: number): FunnelStageFigure[] {
  const people = (stage: FunnelStage, who: Who) => countUpTo(reached[stage][who], until);
  const groups: Record<string, Group> = {};
  const relations: SumRelation[] = [];
  for (const stage of FUNNEL_STAGES) {
    groups[`${stage}:all`] = { size: people(stage, 'all') };
    for (const side of SIDES) groups[`${stage}:${side}`] = { size: people(stage, side) };
    relations.push({ total: `${stage}:all`, parts: SIDES.map((side) => `${stage}:${side}`) });
  }
  const plan = planSuppression(groups, relations, min);
  const figure = (id: string) => countFigure(plan, groups, id, min);
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    overall: figure(`${stage}:all`),
    bySide: { mentor: figure(`${stage}:mentor`), mentee: figure(`${stage}:mentee`) },
  }));
}

/** Each stage's count on `asOf`, for everyone and each side; see the rules above. */
export function participationFunnel(
  journeys: readonly ParticipantJourney[],
  options: { readonly asOf: Date; readonly minGroupSize: number },
): FunnelStageFigure[] {
  return stagesAt(reach(dated(journeys)), options.asOf.getTime(), options.minGroupSize);
}

/** The funnel at the end of each week or month from `from` to `to` (calendar dates, UTC). */
export function funnelOverTime(
  journeys: readonly ParticipantJourney[],
  options: {
    readonly from: string;
    readonly to: string;
    readonly unit: PeriodUnit;
    readonly minGroupSize: number;
  },
): FunnelPeriod[] {
  const all = reach(dated(journeys));
  return reportPeriods(options.from, options.to, options.unit).map((period) => ({
    ...period,
    stages: stagesAt(all, startOfDay(period.end).getTime() - 1, options.minGroupSize),
  }));
}
