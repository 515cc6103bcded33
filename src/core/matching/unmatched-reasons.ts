import type { Unmatched } from './match-result';
import type { MentorPlaces } from './mentor-places';
import { firstBrokenRule } from './hard-rules';
import type { PairContext } from './pair-graph';
import type { PreparedPerson } from './prepared-cohort';

/**
 * Why each unmatched person is unmatched, by checking them against everyone on the other side:
 * no eligible partner (and which rules excluded how many), every eligible pair below the minimum
 * score, no places left, partners all taken, or (candidate graphs only) the free partners were not
 * among their candidates.
 */
export type Outcome = {
  readonly places: MentorPlaces;
  /** Pairs made per mentor and whether each mentee is paired. */
  readonly mentorPairs: Int32Array;
  readonly menteePaired: Uint8Array;
  readonly usedCandidates: boolean;
  /** Pair checks allowed for the full scans; past it, reasons come from the candidate graph only. */
  readonly checkBudget: number;
};

type Tally = {
  excludedBy: Record<string, number>;
  eligible: number;
  aboveMinimum: number;
  withRoom: number;
  bestScore: number;
};

function tally(
  ctx: PairContext,
  person: PreparedPerson,
  others: readonly PreparedPerson[],
  asMentor: boolean,
  hasRoom: (i: number) => boolean,
): Tally {
  const t: Tally = { excludedBy: {}, eligible: 0, aboveMinimum: 0, withRoom: 0, bestScore: 0 };
  others.forEach((other, i) => {
    const mentor = asMentor ? person : other;
    const mentee = asMentor ? other : person;
    const broken = firstBrokenRule(ctx.rules, mentor.index, mentee.index);
    if (broken >= 0) {
      const id = ctx.rules[broken]!.id;
      t.excludedBy[id] = (t.excludedBy[id] ?? 0) + 1;
      return;
    }
    t.eligible++;
    const score = ctx.scorer.score(mentor.index, mentee.index);
    t.bestScore = Math.max(t.bestScore, score);
    if (score < ctx.minimumScore) return;
    t.aboveMinimum++;
    if (hasRoom(i)) t.withRoom++;
  });
  return t;
}

function ruleSummary(ctx: PairContext, excludedBy: Record<string, number>): string {
  return ctx.rules
    .filter((rule) => excludedBy[rule.id])
    .map((rule) => `${excludedBy[rule.id]} ${rule.label}`)
    .join(', ');
}

export function unmatchedReasons(ctx: PairContext, outcome: Outcome): Unmatched[] {
  const out: Unmatched[] = [];
  const { places, mentorPairs, menteePaired } = outcome;
  let budget = outcome.checkBudget;
  const affordable = (partners: number): boolean => {
    budget -= 2 * partners;
    return budget >= 0;
  };
  const unchecked = (person: PreparedPerson, side: 'mentor' | 'mentee'): Unmatched => ({
    personId: person.id,
    side,
    reason: side === 'mentee' ? 'capacity-exhausted' : 'partners-taken',
    message: `no partner with a free place among its candidates (large cohort: not checked against everyone)`,
  });
  const explainCommon = (
    person: PreparedPerson,
    side: 'mentor' | 'mentee',
    t: Tally,
    partners: string,
  ): Unmatched | undefined => {
    if (t.eligible === 0) {
      return {
        personId: person.id,
        side,
        reason: 'no-eligible-partner',
        message: `no eligible ${partners}: ${ruleSummary(ctx, t.excludedBy) || `no ${partners}s in the cohort`}`,
        excludedBy: t.excludedBy,
      };
    }
    if (t.aboveMinimum === 0) {
      return {
        personId: person.id,
        side,
        reason: 'below-minimum-score',
        message: `all ${t.eligible} eligible ${partners}s score below the minimum of ${ctx.minimumScore} (best ${Math.round(t.bestScore)})`,
      };
    }
    return undefined;
  };
  ctx.mentees.forEach((mentee, e) => {
    if (menteePaired[e] === 0) out.push(menteeReason(mentee));
  });
  function menteeReason(mentee: PreparedPerson): Unmatched {
    if (!affordable(ctx.mentors.length)) return unchecked(mentee, 'mentee');
    const t = tally(ctx, mentee, ctx.mentors, false, (m) => places.capacity[m]! > 0);
    const common = explainCommon(mentee, 'mentee', t, 'mentor');
    if (common) return common;
    const free = ctx.mentors.some(
      (_mentor, m) =>
        places.capacity[m]! > mentorPairs[m]! &&
        firstBrokenRule(ctx.rules, m, mentee.index) < 0 &&
        ctx.scorer.score(m, mentee.index) >= ctx.minimumScore,
    );
    if (free && outcome.usedCandidates) {
      return {
        personId: mentee.id,
        side: 'mentee',
        reason: 'outside-candidates',
        message: "an eligible mentor still has a place, but none was among this mentee's candidates",
      };
    }
    const message =
      t.withRoom === 0
        ? `its ${t.aboveMinimum} eligible mentor${t.aboveMinimum === 1 ? ' has' : 's have'} no place (capacity or the cap across concurrent programs)`
        : `the places of its ${t.aboveMinimum} eligible mentor${t.aboveMinimum === 1 ? '' : 's'} went to other mentees`;
    return { personId: mentee.id, side: 'mentee', reason: 'capacity-exhausted', message };
  }
  ctx.mentors.forEach((mentor, m) => {
    if (mentorPairs[m] === 0) out.push(mentorReason(mentor, m));
  });
  function mentorReason(mentor: PreparedPerson, m: number): Unmatched {
    if (places.capacity[m] === 0) {
      const message =
        places.capped[m] === 1
          ? 'already carries the most mentees allowed across concurrent programs'
          : 'has a capacity of 0';
      return { personId: mentor.id, side: 'mentor', reason: 'capacity-exhausted', message };
    }
    if (!affordable(ctx.mentees.length)) return unchecked(mentor, 'mentor');
    const t = tally(ctx, mentor, ctx.mentees, true, (e) => menteePaired[e] === 0);
    const common = explainCommon(mentor, 'mentor', t, 'mentee');
    if (common) return common;
    if (t.withRoom > 0 && outcome.usedCandidates) {
      return {
        personId: mentor.id,
        side: 'mentor',
        reason: 'outside-candidates',
        message: 'an eligible mentee is still unpaired, but this mentor was not among their candidates',
      };
    }
    return {
      personId: mentor.id,
      side: 'mentor',
      reason: 'partners-taken',
      message: `all ${t.aboveMinimum} eligible mentees were paired with other mentors`,
    };
  }
  return out;
}
