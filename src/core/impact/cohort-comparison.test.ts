import { describe, expect, it } from 'vitest';
import { type CohortFigures, compareCohorts } from '#core/impact/cohort-comparison';
import { measureEngagement, type PairEngagementFacts } from '#core/impact/engagement';
import type { RetentionSummaryFigure } from '#core/impact/impact-aggregates';
import { participationFunnel } from '#core/impact/participation-funnel';
import { HIDDEN, IMPACT_NOW, smallProgramImpact } from '#tests/fixtures/impact-aggregates';

const past = (days: number) => new Date(IMPACT_NOW.getTime() - days * 86_400_000);
const min = { minGroupSize: 5 };

/** `count` pairs; the first `agreed` agreed; each has two past meetings rated 4 (mentor) and 5 (mentee) when held. */
function pairs(count: number, agreed: number, bothHeld: number): PairEngagementFacts[] {
  return Array.from({ length: count }, (_, i) => ({
    pairId: `p${i}`,
    mentorId: `m${i}`,
    menteeId: `e${i}`,
    agreed: i < agreed,
    goals: [],
    meetings: [past(20), past(10)].map((startsAt, n) => ({
      startsAt,
      status: n === 1 && i >= bothHeld ? ('missed' as const) : ('held' as const),
      mentorPulse: 4,
      menteePulse: 5,
    })),
  }));
}
function journeys(count: number, completed: number) {
  return Array.from({ length: count }, (_, i) => ({
    personId: `x${i}`,
    side: i % 2 === 0 ? ('mentor' as const) : ('mentee' as const),
    reached: { matched: past(100), ...(i < completed ? { completed: past(5) } : {}) },
  }));
}
const retained = (people: number, six: number | null): RetentionSummaryFigure => ({
  suppressed: false,
  people,
  horizons: [
    { months: 6, percent: six },
    { months: 12, percent: null },
  ],
});
const hiddenRetention: RetentionSummaryFigure = { suppressed: true, reason: 'small_group', message: HIDDEN };

function figures(
  j: ReturnType<typeof journeys>,
  p: PairEngagementFacts[],
  retention: RetentionSummaryFigure,
): CohortFigures {
  return {
    funnel: participationFunnel(j, { asOf: IMPACT_NOW, ...min }),
    engagement: measureEngagement(p, { now: IMPACT_NOW, ...min }),
    retention: {
      participants: { overall: retention, bySide: { mentor: hiddenRetention, mentee: hiddenRetention } },
      comparison: { overall: retention, bySide: { mentor: hiddenRetention, mentee: hiddenRetention } },
    },
  };
}

const cohort = (programId: string, name: string, f: CohortFigures) => ({
  programId,
  name,
  startDate: '2026-01-01',
  endDate: '2026-06-30',
  figures: f,
});

// This cohort: 10 matched, 6 completed (3 per side: each side hidden, the total of 6 shown);
// 5 pairs, 4 agreed (80%); 10 planned meetings, 8 held (80%); 16 ratings of 4 and 5: mean 4.5.
const current = cohort('now', 'Cohort 3', figures(journeys(10, 6), pairs(5, 4, 3), retained(10, 90)));
// The cohort before: 9 matched, nobody completed yet, no pairs' engagement, 88.9% retained.
const before = cohort('before', 'Cohort 2', smallProgramImpact({ skill: 'AI tools', objectives: [] }));
// The first cohort: 2 pairs, so 4 people behind every figure: all hidden.
const first = cohort('first', 'Cohort 1', figures(journeys(4, 4), pairs(2, 2, 2), hiddenRetention));

describe('comparing a program with its earlier cohorts', () => {
  const table = compareCohorts(current, [before, first]);
  const row = (measure: string) => table.rows.find((r) => r.measure === measure)!.cells;

  it('lists this program first, then the earlier cohorts in the order given', () => {
    expect(table.cohorts.map((c) => [c.programId, c.name, c.current])).toEqual([
      ['now', 'Cohort 3', true],
      ['before', 'Cohort 2', false],
      ['first', 'Cohort 1', false],
    ]);
    expect(table.rows.map((r) => r.label)).toEqual([
      'People matched',
      'People who completed',
      'Planned meetings held',
      'Average meeting rating',
      'Pairs with an agreement',
      'Participants still employed after 6 months',
    ]);
  });

  it('reads each headline measure from each cohort’s figures', () => {
    expect(row('matched').map((c) => [c.value, c.text])).toEqual([
      [10, '10 people'],
      [9, '9 people'],
      [null, HIDDEN],
    ]);
    expect(row('completed').map((c) => c.value)).toEqual([6, 0, null]);
    expect(row('meetings_held')[0]).toEqual({ value: 80, hidden: false, text: '80%' });
    expect(row('pulse')[0]).toEqual({ value: 4.5, hidden: false, text: '4.5 out of 5' });
    expect(row('agreements')[0]).toEqual({ value: 80, hidden: false, text: '80%' });
    expect(row('retained_6_months').map((c) => c.text)).toEqual(['90%', '88.9%', HIDDEN]);
  });

  it('keeps a hidden figure hidden and says when there is nothing to count yet', () => {
    for (const measure of [
      'matched',
      'completed',
      'meetings_held',
      'pulse',
      'agreements',
      'retained_6_months',
    ])
      expect(row(measure)[2], measure).toEqual({ value: null, hidden: true, text: HIDDEN });
    expect(row('meetings_held')[1]).toEqual({ value: null, hidden: false, text: 'Nothing to count yet.' });
  });

  it('says “not measurable yet” before six months have passed', () => {
    const early = cohort('early', 'Cohort 4', figures(journeys(10, 0), pairs(5, 5, 5), retained(10, null)));
    expect(compareCohorts(early, []).rows.at(-1)!.cells).toEqual([
      { value: null, hidden: false, text: 'Not measurable yet.' },
    ]);
  });
});
