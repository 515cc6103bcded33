import type { PairEngagementFacts } from '#core/impact/engagement';
import { countFigure, distinctPeople, impactFigure, type PeopleCount } from '#core/impact/impact-figures';
import type { ObjectiveStatus } from '#core/impact/objective-results';
import {
  type FunnelStageFigure,
  type ParticipantJourney,
  reachedAt,
} from '#core/impact/participation-funnel';
import type { HealthState } from '#core/health/pair-health';
import type { Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import { round } from '#core/surveys/question-figures';
import {
  type Figure,
  type Group,
  planSuppression,
  type SumRelation,
  type Visibility,
} from '#core/surveys/suppression';

/**
 * HR's view across programs (issue 8): one row of headline figures per program and totals across
 * them.
 *
 * - A row's impact figures (people matched per side, planned meetings held, mean pulse) are the ones
 *   the program's own Impact tab shows, hidden the same way; the objectives are counted as met, measured
 *   (met or not met) and set; active pairs and pair health are counts of pairs HR already follows pair
 *   by pair, so they are not hidden.
 * - Totals add the programs up (someone in two programs counts in both) and are planned jointly with
 *   the rows (suppression.ts): each total is the sum of that figure in every program, and a program's
 *   figure shown on its Impact tab is `fixed` (known, never hidden here). So when one program's figure
 *   is hidden, or several hidden ones hold fewer than the minimum together, the total is hidden rather
 *   than let the hidden figure be worked out by subtracting the others. Within a program, everyone =
 *   mentors + mentees, so a side hidden only so the other cannot be worked out is protected as well;
 *   and everyone across programs (the sum of the Impact tabs' "everyone") = mentors + mentees across
 *   programs, so the two side totals are not both shown when together they would tell a small group.
 * - Should this plan show a figure that the Impact tab hides (it should not: same people, same rules),
 *   every total of that measure is hidden, so the totals never depend on the two agreeing.
 * - A total about nobody is "nothing to count yet"; a count of nobody shows 0.
 */
export type OverviewSizes = {
  /** People matched by `asOf`, per side (a person counts once per side). */
  readonly matched: Readonly<Record<Side, number>>;
  /** People of the pairs with a meeting planned so far, and those meetings (as engagement.ts). */
  readonly meetings: { readonly people: number; readonly planned: number; readonly held: number };
  /** People who rated a held meeting, their 1–5 ratings and the ratings' sum. */
  readonly pulse: { readonly raters: number; readonly ratings: number; readonly sum: number };
};
export type HealthCounts = Record<HealthState, number> & { total: number };
export type ObjectiveCounts = { met: number; measured: number; total: number };
export type MeetingsHeld = { planned: number; held: number; heldPercent: number };
export type PulseMean = { ratings: number; mean: number };

export type OverviewProgramInput<P> = {
  readonly program: P;
  /** The figures as the program's Impact tab shows them (describe-impact). */
  readonly shown: {
    readonly matched: FunnelStageFigure;
    readonly meetings: Figure<MeetingsHeld>;
    readonly pulse: Figure<PulseMean>;
    readonly objectives: readonly { readonly status: ObjectiveStatus }[];
  };
  /** What those figures were computed from, for the totals; never shown per program. */
  readonly sizes: OverviewSizes;
  readonly activePairs: number;
  /** Pair health of a running program; null for one whose pairs are not meeting. */
  readonly health: HealthCounts | null;
};

type Headline = {
  matched: BySide<PeopleCount>;
  activePairs: number;
  meetings: Figure<MeetingsHeld>;
  pulse: Figure<PulseMean>;
  objectives: ObjectiveCounts;
};
export type OverviewRow<P> = P & Headline & { health: HealthCounts | null };
export type OverviewTotals = Headline & { programs: number; health: HealthCounts };
export type ProgramsOverview<P> = { programs: OverviewRow<P>[]; totals: OverviewTotals };

const SIDES: readonly Side[] = ['mentor', 'mentee'];
const isPulse = (value: number | null): value is number =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= 5;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : round((100 * part) / whole));
const sum = <T>(items: readonly T[], of: (item: T) => number) => items.reduce((s, i) => s + of(i), 0);

/** The sizes behind a program's figures at `now`, by the rules of participation-funnel.ts and engagement.ts. */
export function overviewSizes(
  journeys: readonly ParticipantJourney[],
  pairs: readonly PairEngagementFacts[],
  now: Date,
): OverviewSizes {
  const until = now.getTime();
  const matchedOn = (side: Side) =>
    distinctPeople(
      journeys.filter((j) => j.side === side && (reachedAt(j, 'matched')?.getTime() ?? Infinity) <= until),
    );
  const planned = pairs.map((p) => ({
    pair: p,
    meetings: p.meetings.filter((m) => m.status !== 'cancelled' && m.startsAt.getTime() <= until),
  }));
  const withPlans = planned.filter((p) => p.meetings.length > 0);
  const ratings = pairs.flatMap((p) =>
    p.meetings
      .filter((m) => m.status === 'held')
      .flatMap((m) => [
        ...(isPulse(m.mentorPulse)
          ? [{ personId: p.mentorId, side: 'mentor' as const, value: m.mentorPulse }]
          : []),
        ...(isPulse(m.menteePulse)
          ? [{ personId: p.menteeId, side: 'mentee' as const, value: m.menteePulse }]
          : []),
      ]),
  );
  return {
    matched: { mentor: matchedOn('mentor'), mentee: matchedOn('mentee') },
    meetings: {
      people: distinctPeople(
        withPlans.flatMap(({ pair }) => [
          { personId: pair.mentorId, side: 'mentor' as const },
          { personId: pair.menteeId, side: 'mentee' as const },
        ]),
      ),
      planned: sum(withPlans, (p) => p.meetings.length),
      held: sum(withPlans, (p) => p.meetings.filter((m) => m.status === 'held').length),
    },
    pulse: { raters: distinctPeople(ratings), ratings: ratings.length, sum: sum(ratings, (r) => r.value) },
  };
}

function objectiveCounts(objectives: readonly { readonly status: ObjectiveStatus }[]): ObjectiveCounts {
  const met = objectives.filter((o) => o.status === 'met').length;
  const measured = met + objectives.filter((o) => o.status === 'not_met').length;
  return { met, measured, total: objectives.length };
}

const peopleOf = (figure: Figure<PeopleCount>): Figure<PeopleCount> =>
  figure.suppressed ? figure : { suppressed: false, people: figure.people };
const meetingsOf = (figure: Figure<MeetingsHeld>): Figure<MeetingsHeld> =>
  figure.suppressed
    ? figure
    : { suppressed: false, planned: figure.planned, held: figure.held, heldPercent: figure.heldPercent };
const pulseOf = (figure: Figure<PulseMean>): Figure<PulseMean> =>
  figure.suppressed ? figure : { suppressed: false, ratings: figure.ratings, mean: figure.mean };

/** Rows and totals across programs; see the rules above. */
export function programsOverview<P extends object>(
  inputs: readonly OverviewProgramInput<P>[],
  options: { readonly minGroupSize: number },
): ProgramsOverview<P> {
  const min = options.minGroupSize;
  const groups: Record<string, Group> = {};
  const relations: SumRelation[] = [];
  /** Groups the Impact tab hides: this plan must hide them too before a total next to them is shown. */
  const hiddenThere = new Set<string>();
  const add = (id: string, size: number, figure: Figure<object>) => {
    groups[id] = { size, role: figure.suppressed ? 'publish' : 'fixed' };
    if (figure.suppressed) hiddenThere.add(id);
  };
  inputs.forEach(({ shown, sizes }, i) => {
    const { mentor, mentee } = sizes.matched;
    add(`p${i}:matched:all`, mentor + mentee, shown.matched.overall);
    for (const side of SIDES) add(`p${i}:matched:${side}`, sizes.matched[side], shown.matched.bySide[side]);
    relations.push({ total: `p${i}:matched:all`, parts: SIDES.map((side) => `p${i}:matched:${side}`) });
    add(`p${i}:meetings`, sizes.meetings.people, shown.meetings);
    add(`p${i}:pulse`, sizes.pulse.raters, shown.pulse);
  });
  const totalOf = (id: string, partOf: (i: number) => string, size: (s: OverviewSizes) => number) => {
    groups[id] = { size: sum(inputs, (p) => size(p.sizes)) };
    relations.push({ total: id, parts: inputs.map((_, i) => partOf(i)) });
  };
  for (const side of ['all', ...SIDES] as const)
    totalOf(
      `total:matched:${side}`,
      (i) => `p${i}:matched:${side}`,
      (s) => (side === 'all' ? s.matched.mentor + s.matched.mentee : s.matched[side]),
    );
  // Everyone across programs is not shown here, but it is the sum of the rows' "everyone" on their
  // Impact tabs: so mentors and mentees across programs are a total and its parts as well.
  relations.push({ total: 'total:matched:all', parts: SIDES.map((side) => `total:matched:${side}`) });
  totalOf(
    'total:meetings',
    (i) => `p${i}:meetings`,
    (s) => s.meetings.people,
  );
  totalOf(
    'total:pulse',
    (i) => `p${i}:pulse`,
    (s) => s.pulse.raters,
  );

  const plan = planSuppression(groups, relations, min);
  // Should this plan show a group the Impact tab hides, every total of that measure is hidden.
  const disagrees = (measure: string) =>
    [...hiddenThere].some((id) => id.split(':')[1] === measure && plan[id]?.shown);
  const safe = (id: string): Visibility | undefined =>
    disagrees(id.split(':')[1] ?? '') ? { shown: false, reason: 'complementary' } : plan[id];
  const finalPlan: Record<string, Visibility> = {
    'total:matched:mentor': safe('total:matched:mentor')!,
    'total:matched:mentee': safe('total:matched:mentee')!,
  };

  const all = inputs.map((p) => p.sizes);
  const ratings = sum(all, (s) => s.pulse.ratings);
  const planned = sum(all, (s) => s.meetings.planned);
  const held = sum(all, (s) => s.meetings.held);
  const withHealth = inputs.flatMap((p) => (p.health ? [p.health] : []));
  const objectives = inputs.map((p) => objectiveCounts(p.shown.objectives));
  return {
    programs: inputs.map((p, i) => ({
      ...p.program,
      matched: {
        mentor: peopleOf(p.shown.matched.bySide.mentor),
        mentee: peopleOf(p.shown.matched.bySide.mentee),
      },
      activePairs: p.activePairs,
      meetings: meetingsOf(p.shown.meetings),
      pulse: pulseOf(p.shown.pulse),
      objectives: objectives[i]!,
      health: p.health,
    })),
    totals: {
      programs: inputs.length,
      matched: {
        mentor: countFigure(finalPlan, groups, 'total:matched:mentor', min),
        mentee: countFigure(finalPlan, groups, 'total:matched:mentee', min),
      },
      activePairs: sum(inputs, (p) => p.activePairs),
      meetings: impactFigure(safe('total:meetings'), min, () => ({
        planned,
        held,
        heldPercent: percent(held, planned),
      })),
      pulse: impactFigure(safe('total:pulse'), min, () => ({
        ratings,
        mean: round(sum(all, (s) => s.pulse.sum) / Math.max(1, ratings), 2),
      })),
      objectives: {
        met: sum(objectives, (o) => o.met),
        measured: sum(objectives, (o) => o.measured),
        total: sum(objectives, (o) => o.total),
      },
      health: {
        healthy: sum(withHealth, (h) => h.healthy),
        at_risk: sum(withHealth, (h) => h.at_risk),
        inactive: sum(withHealth, (h) => h.inactive),
        total: sum(withHealth, (h) => h.total),
      },
    },
  };
}
