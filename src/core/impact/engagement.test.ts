import { describe, expect, it } from 'vitest';
import { measureEngagement, type PairEngagementFacts } from '#core/impact/engagement';

const NOW = new Date('2026-04-01T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
type Status = PairEngagementFacts['meetings'][number]['status'];
const meeting = (
  daysFromNow: number,
  status: Status,
  mentorPulse: number | null = null,
  menteePulse: number | null = null,
) => ({
  startsAt: day(daysFromNow),
  status,
  mentorPulse,
  menteePulse,
});

/**
 * Three pairs, six people.
 * A: agreed. held (4, 5), held (3, 4), missed, cancelled, a future one.  Goals: mentor's done, mentee's not.
 * B: agreed. held (5, –), held (4, 4), held (7 is not a 1–5 rating, 2).     Goals: two of the mentee's, both done.
 * C: not agreed. missed, and one still "scheduled" whose start has passed.  No goals.
 *
 * Meetings planned so far: A 3 (not the cancelled or future ones), B 3, C 2 = 8; held 5 -> 62.5% -> 63%.
 * Agreements: 2 of 3 pairs -> 66.7% -> 67%. Both over 6 people.
 * Pulse: mentors rated 4, 3, 5, 4 (2 raters); mentees 5, 4, 4, 2 (2 raters); 8 ratings from 4 raters,
 *   mean 31/8 = 3.875 -> 3.88; mentors 16/4 = 4; mentees 15/4 = 3.75.
 * Goals: 4 goals, 3 done -> 75%, from 3 owners: the mentor of A (1 goal), the mentees of A and B.
 */
const PAIRS: PairEngagementFacts[] = [
  {
    pairId: 'A',
    mentorId: 'mA',
    menteeId: 'eA',
    agreed: true,
    meetings: [
      meeting(-40, 'held', 4, 5),
      meeting(-26, 'held', 3, 4),
      meeting(-12, 'missed'),
      meeting(-5, 'cancelled'),
      meeting(2, 'scheduled'),
    ],
    goals: [
      { side: 'mentor', completed: true },
      { side: 'mentee', completed: false },
    ],
  },
  {
    pairId: 'B',
    mentorId: 'mB',
    menteeId: 'eB',
    agreed: true,
    meetings: [meeting(-40, 'held', 5, null), meeting(-26, 'held', 4, 4), meeting(-12, 'held', 7, 2)],
    goals: [
      { side: 'mentee', completed: true },
      { side: 'mentee', completed: true },
    ],
  },
  {
    pairId: 'C',
    mentorId: 'mC',
    menteeId: 'eC',
    agreed: false,
    meetings: [meeting(-30, 'missed'), meeting(-1, 'scheduled')],
    goals: [],
  },
];

describe('measureEngagement', () => {
  it('counts meetings held against planned and agreements by hand, over the six people of three pairs', () => {
    const e = measureEngagement(PAIRS, { now: NOW, minGroupSize: 5 });
    expect(e.meetings).toEqual({ suppressed: false, pairs: 3, planned: 8, held: 5, heldPercent: 63 });
    expect(e.agreements).toEqual({ suppressed: false, pairs: 3, agreed: 2, agreedPercent: 67 });
    // Only 4 people rated and 3 set goals: hidden at a minimum of 5.
    expect(e.pulse.overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(e.goals.overall).toEqual({
      suppressed: true,
      reason: 'small_group',
      message: 'Hidden: fewer than 5 people are behind this figure, so they could be recognised.',
    });
  });

  it('averages the pulse for everyone and per side when the groups are large enough', () => {
    const four = measureEngagement(PAIRS, { now: NOW, minGroupSize: 4 }).pulse;
    expect(four.overall).toEqual({ suppressed: false, raters: 4, ratings: 8, mean: 3.88 });
    expect(four.bySide.mentor).toMatchObject({ suppressed: true, reason: 'small_group' });
    const two = measureEngagement(PAIRS, { now: NOW, minGroupSize: 2 }).pulse;
    expect(two.bySide).toEqual({
      mentor: { suppressed: false, raters: 2, ratings: 4, mean: 4 },
      mentee: { suppressed: false, raters: 2, ratings: 4, mean: 3.75 },
    });
  });

  it('hides the other side of goals when one side is small and the total is shown', () => {
    // At a minimum of 2: everyone 3 owners (shown), mentors 1 (small), so the mentees (2) are hidden too.
    const goals = measureEngagement(PAIRS, { now: NOW, minGroupSize: 2 }).goals;
    expect(goals.overall).toEqual({
      suppressed: false,
      people: 3,
      goals: 4,
      completed: 3,
      completedPercent: 75,
    });
    expect(goals.bySide.mentor).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(goals.bySide.mentee).toMatchObject({ suppressed: true, reason: 'complementary' });
  });

  it('hides the meetings of two pairs (four people) and says so when nothing is planned yet', () => {
    const small = measureEngagement(PAIRS.slice(0, 2), { now: NOW, minGroupSize: 5 });
    expect(small.meetings).toMatchObject({ suppressed: true, reason: 'small_group' });
    const early = measureEngagement(PAIRS, { now: day(-60), minGroupSize: 5 });
    expect(early.meetings).toEqual({
      suppressed: true,
      reason: 'no_answers',
      message: 'Nothing to count yet.',
    });
    expect(measureEngagement([], { now: NOW, minGroupSize: 5 }).agreements).toMatchObject({
      suppressed: true,
      reason: 'no_answers',
    });
  });
});
