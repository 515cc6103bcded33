import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUNNEL_STAGES,
  type FunnelStageFigure,
  funnelOverTime,
  type ParticipantJourney,
  participationFunnel,
  reachedAt,
} from '#core/impact/participation-funnel';
import type { Side } from '#core/programs/intake-form';

const at = (isoDate: string) => new Date(`${isoDate}T10:00:00Z`);
/** Dates of the program's stages: invited 5 Jan, applied 12 Jan, approved 19 Jan, matched 2 Feb, active 9 Feb, completed 30 Jun. */
const STAGE_DATES = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-02-02', '2026-02-09', '2026-06-30'];

/** A person who reached the first `stages` stages on the dates above. */
const journey = (personId: string, side: Side, stages: number): ParticipantJourney => ({
  personId,
  side,
  reached: Object.fromEntries(FUNNEL_STAGES.slice(0, stages).map((s, i) => [s, at(STAGE_DATES[i]!)])),
});
const many = (n: number, side: Side, stages: number, from = 0) =>
  Array.from({ length: n }, (_, i) => journey(`${side}-${from + i}`, side, stages));

/**
 * Mentors: 1 only invited, 1 stopped at applied, 1 approved, 5 active (reached "active") = 8.
 * Mentees: 6 approved and matched, 3 of them active = 6.
 *
 *            all   mentor  mentee
 * invited    14      8       6
 * applied    13      7       6
 * approved   12      6       6
 * matched    11      5       6
 * active      8      5       3   -> mentee small; all shown, so mentor hidden as its complement
 * completed   0      0       0
 */
const COHORT = [
  ...many(1, 'mentor', 1),
  ...many(1, 'mentor', 2, 1),
  ...many(1, 'mentor', 3, 2),
  ...many(5, 'mentor', 5, 3),
  ...many(3, 'mentee', 4),
  ...many(3, 'mentee', 5, 3),
];
const shown = (people: number) => ({ suppressed: false, people });
const count = (f: FunnelStageFigure['overall']) => (f.suppressed ? f.reason : f.people);
const table = (stages: FunnelStageFigure[]) =>
  stages.map((s) => [s.stage, count(s.overall), count(s.bySide.mentor), count(s.bySide.mentee)]);

describe('participationFunnel', () => {
  it('counts each stage per side by hand, hiding a small side and its complement', () => {
    const funnel = participationFunnel(COHORT, { asOf: at('2026-03-01'), minGroupSize: 5 });
    expect(table(funnel)).toEqual([
      ['invited', 14, 8, 6],
      ['applied', 13, 7, 6],
      ['approved', 12, 6, 6],
      ['matched', 11, 5, 6],
      ['active', 8, 'complementary', 'small_group'],
      ['completed', 0, 0, 0],
    ]);
    expect(funnel[0]!.overall).toEqual(shown(14));
    expect(funnel[4]!.bySide.mentor).toMatchObject({ suppressed: true, reason: 'complementary' });
    expect(JSON.stringify(funnel[4])).not.toContain('"people":5');
  });

  it('hides every figure of a small program, and counts nobody twice', () => {
    const funnel = participationFunnel(
      [...many(2, 'mentor', 4), ...many(2, 'mentor', 4), ...many(2, 'mentee', 4)],
      {
        asOf: at('2026-03-01'),
        minGroupSize: 5,
      },
    );
    // The same two mentors listed twice are two people: 2 mentors + 2 mentees = 4 < 5.
    expect(table(funnel).slice(0, 4)).toEqual(
      ['invited', 'applied', 'approved', 'matched'].map((s) => [
        s,
        'small_group',
        'small_group',
        'small_group',
      ]),
    );
  });

  it('counts a later stage for every earlier one, dated by the earliest date at it or beyond', () => {
    const matchedOnly: ParticipantJourney = {
      personId: 'p',
      side: 'mentee',
      reached: { invited: at('2026-01-20'), matched: at('2026-01-10') },
    };
    expect(reachedAt(matchedOnly, 'approved')).toEqual(at('2026-01-10'));
    expect(reachedAt(matchedOnly, 'invited')).toEqual(at('2026-01-10'));
    expect(reachedAt(matchedOnly, 'active')).toBeNull();
    const funnel = participationFunnel([matchedOnly, ...many(4, 'mentee', 4)], {
      asOf: at('2026-03-01'),
      minGroupSize: 1,
    });
    expect(table(funnel).slice(2, 4)).toEqual([
      ['approved', 5, 0, 5],
      ['matched', 5, 0, 5],
    ]);
  });

  it('counts only what happened on or before asOf', () => {
    const funnel = participationFunnel(COHORT, { asOf: at('2026-01-19'), minGroupSize: 5 });
    expect(table(funnel).slice(0, 4)).toEqual([
      ['invited', 14, 8, 6],
      ['applied', 13, 7, 6],
      ['approved', 12, 6, 6],
      ['matched', 0, 0, 0],
    ]);
  });
});

describe('funnelOverTime', () => {
  it('gives the cumulative funnel at the end of each week, Monday to Monday', () => {
    // 5 Jan 2026 is a Monday. Weeks: 5–12 Jan, 12–19, 19–26 (to = 20 Jan is in the third).
    const periods = funnelOverTime(COHORT, {
      from: '2026-01-07',
      to: '2026-01-20',
      unit: 'week',
      minGroupSize: 5,
    });
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2026-01-05', '2026-01-12'],
      ['2026-01-12', '2026-01-19'],
      ['2026-01-19', '2026-01-26'],
    ]);
    // Week 1: everyone invited, nobody applied yet (12 Jan is the next week's first day).
    expect(table(periods[0]!.stages).slice(0, 2)).toEqual([
      ['invited', 14, 8, 6],
      ['applied', 0, 0, 0],
    ]);
    expect(table(periods[1]!.stages)[1]).toEqual(['applied', 13, 7, 6]);
    expect(table(periods[2]!.stages)[2]).toEqual(['approved', 12, 6, 6]);
  });

  it('gives months from the 1st', () => {
    const periods = funnelOverTime(COHORT, {
      from: '2026-01-15',
      to: '2026-02-01',
      unit: 'month',
      minGroupSize: 5,
    });
    expect(periods.map((p) => [p.start, p.end])).toEqual([
      ['2026-01-01', '2026-02-01'],
      ['2026-02-01', '2026-03-01'],
    ]);
    expect(table(periods[0]!.stages)[3]).toEqual(['matched', 0, 0, 0]);
    expect(table(periods[1]!.stages)[4]).toEqual(['active', 8, 'complementary', 'small_group']);
  });
});

const journeys = fc.array(
  fc.record({
    personId: fc.integer({ min: 0, max: 30 }).map(String),
    side: fc.constantFrom<Side>('mentor', 'mentee'),
    reached: fc.record(
      Object.fromEntries(
        FUNNEL_STAGES.map((s) => [
          s,
          fc.option(
            fc
              .integer({ min: 0, max: 90 })
              .map((d) => at('2026-01-01').getTime() + d * 86_400_000)
              .map((t) => new Date(t)),
            { nil: null },
          ),
        ]),
      ) as Record<(typeof FUNNEL_STAGES)[number], fc.Arbitrary<Date | null>>,
    ),
  }),
  { maxLength: 40 },
);

describe('participation funnel properties', () => {
  it('never increases down the stages, and never shows a count below the minimum but 0', () => {
    fc.assert(
      fc.property(journeys, fc.integer({ min: 1, max: 6 }), (list, min) => {
        const funnel = participationFunnel(list, { asOf: at('2026-06-01'), minGroupSize: min });
        const raw = participationFunnel(list, { asOf: at('2026-06-01'), minGroupSize: 0 });
        for (let i = 1; i < raw.length; i++)
          for (const pick of [
            (f: FunnelStageFigure) => f.overall,
            (f: FunnelStageFigure) => f.bySide.mentor,
          ]) {
            const [above, below] = [pick(raw[i - 1]!), pick(raw[i]!)];
            if (!above.suppressed && !below.suppressed)
              expect(below.people).toBeLessThanOrEqual(above.people);
          }
        for (const stage of funnel)
          for (const f of [stage.overall, stage.bySide.mentor, stage.bySide.mentee])
            if (!f.suppressed && f.people > 0) expect(f.people).toBeGreaterThanOrEqual(min);
      }),
    );
  });
});
