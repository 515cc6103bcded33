import type { MeetingFacts } from '#core/health/pair-health';
import { distinctPeople, figureOfPeople, type PersonOnSide, sideFigures } from '#core/impact/impact-figures';
import type { Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import { round } from '#core/surveys/question-figures';
import type { Figure } from '#core/surveys/suppression';

/**
 * Engagement (issue 8): how well a program's pairs kept at it, from counts only.
 *
 * - Meetings: held against planned. "Planned so far" is as in pair health: meetings not cancelled whose
 *   start is on or before `now`; "held" is those logged as held. Over the pairs with a planned meeting.
 * - Pulse: the mean of the 1–5 "how useful was it" ratings given on held meetings, for everyone and
 *   for each side (a mentor's rating counts for the mentor side). Ratings outside 1–5 are left out.
 * - Agreements: how many pairs have agreed their kickoff agreement, of all pairs.
 * - Goals: how many goals were completed, of all goals set, for everyone and per side (a goal belongs
 *   to the side that set it).
 * - Percentages are rounded to whole numbers, means to two decimals.
 * - Suppression (suppression.ts): each figure is about the distinct people behind it — both people of
 *   each pair counted for meetings and agreements, the raters for pulse, the goal owners for goals. A
 *   figure from fewer than `minGroupSize` people is hidden; for pulse and goals a side is hidden with
 *   the other when the total is shown (complementary).
 */
export type PairEngagementFacts = {
  readonly pairId: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly agreed: boolean;
  readonly meetings: readonly Pick<MeetingFacts, 'startsAt' | 'status' | 'mentorPulse' | 'menteePulse'>[];
  readonly goals: readonly { readonly side: Side; readonly completed: boolean }[];
};
export type MeetingFigures = { pairs: number; planned: number; held: number; heldPercent: number };
export type PulseFigures = { raters: number; ratings: number; mean: number };
export type AgreementFigures = { pairs: number; agreed: number; agreedPercent: number };
export type GoalFigures = { people: number; goals: number; completed: number; completedPercent: number };
export type Engagement = {
  meetings: Figure<MeetingFigures>;
  pulse: { overall: Figure<PulseFigures>; bySide: BySide<PulseFigures> };
  agreements: Figure<AgreementFigures>;
  goals: { overall: Figure<GoalFigures>; bySide: BySide<GoalFigures> };
};

const percent = (part: number, whole: number) => (whole === 0 ? 0 : round((100 * part) / whole));
const bothPeople = (pairs: readonly PairEngagementFacts[]): PersonOnSide[] =>
  pairs.flatMap((p) => [
    { personId: p.mentorId, side: 'mentor' as const },
    { personId: p.menteeId, side: 'mentee' as const },
  ]);
const isPulse = (value: number | null): value is number =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= 5;

function meetingFigures(pairs: readonly PairEngagementFacts[], now: Date, min: number) {
  const until = now.getTime();
  const withPlans: PairEngagementFacts[] = [];
  let [planned, held] = [0, 0];
  for (const pair of pairs) {
    let plannedHere = 0;
    for (const m of pair.meetings) {
      if (m.status === 'cancelled' || !(m.startsAt.getTime() <= until)) continue;
      plannedHere++;
      if (m.status === 'held') held++;
    }
    if (plannedHere > 0) withPlans.push(pair);
    planned += plannedHere;
  }
  return figureOfPeople(distinctPeople(bothPeople(withPlans)), min, () => ({
    pairs: withPlans.length,
    planned,
    held,
    heldPercent: percent(held, planned),
  }));
}

/** A rater's held-meeting ratings on one side: how many, and their sum. */
type Rating = PersonOnSide & { ratings: number; sum: number };
type GoalOf = PersonOnSide & { readonly completed: boolean };

/** A program's engagement at `now`; see the rules above. */
export function measureEngagement(
  pairs: readonly PairEngagementFacts[],
  options: { readonly now: Date; readonly minGroupSize: number },
): Engagement {
  const { now, minGroupSize: min } = options;
  // One entry per rater and side, so the figures below go over raters, not over every rating.
  const raters = { mentor: new Map<string, Rating>(), mentee: new Map<string, Rating>() };
  const rate = (side: Side, personId: string, value: number) => {
    const rater = raters[side].get(personId) ?? { personId, side, ratings: 0, sum: 0 };
    rater.ratings++;
    rater.sum += value;
    raters[side].set(personId, rater);
  };
  for (const p of pairs)
    for (const m of p.meetings) {
      if (m.status !== 'held') continue;
      if (isPulse(m.mentorPulse)) rate('mentor', p.mentorId, m.mentorPulse);
      if (isPulse(m.menteePulse)) rate('mentee', p.menteeId, m.menteePulse);
    }
  const ratings = [...raters.mentor.values(), ...raters.mentee.values()];
  const goals: GoalOf[] = pairs.flatMap((p) =>
    p.goals.map((g) => ({
      personId: g.side === 'mentor' ? p.mentorId : p.menteeId,
      side: g.side,
      completed: g.completed,
    })),
  );
  const agreed = pairs.filter((p) => p.agreed).length;
  return {
    meetings: meetingFigures(pairs, now, min),
    pulse: sideFigures(ratings, min, (r) => {
      const count = r.reduce((n, x) => n + x.ratings, 0);
      return {
        raters: distinctPeople(r),
        ratings: count,
        mean: round(r.reduce((sum, x) => sum + x.sum, 0) / Math.max(1, count), 2),
      };
    }),
    agreements: figureOfPeople(distinctPeople(bothPeople(pairs)), min, () => ({
      pairs: pairs.length,
      agreed,
      agreedPercent: percent(agreed, pairs.length),
    })),
    goals: sideFigures(goals, min, (g) => {
      const completed = g.filter((x) => x.completed).length;
      return {
        people: distinctPeople(g),
        goals: g.length,
        completed,
        completedPercent: percent(completed, g.length),
      };
    }),
  };
}
