import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, type Observation, survivalAt } from '#core/impact/kaplan-meier';

const left = (days: number): Observation => ({ days, event: true });
const stays = (days: number): Observation => ({ days, event: false });

/**
 * Seven people; "*" = still employed (censored). 3, 5*, 5, 8, 8*, 12, 15*.
 *
 * day 3:  at risk 7, 1 left  -> S = 6/7                   Greenwood sum = 1/(7·6) = 1/42
 * day 5:  at risk 6, 1 left, 1 censored (the leaver first, so the censored one is still at risk)
 *                            -> S = 6/7 · 5/6 = 5/7        sum = 1/42 + 1/(6·5) = 2/35
 * day 8:  at risk 4, 1 left, 1 censored -> S = 5/7 · 3/4 = 15/28   sum = 2/35 + 1/(4·3) = 59/420
 * day 12: at risk 2, 1 left  -> S = 15/28 · 1/2 = 15/56    sum = 59/420 + 1/(2·1) = 269/420
 * day 15: at risk 1, censored -> S stays 15/56
 * SE = S · sqrt(sum): day 3 sqrt(36/49 · 1/42) = sqrt(6/343); day 5 sqrt(25/49 · 2/35) = sqrt(10/343).
 */
const SEVEN = [left(3), stays(5), left(5), left(8), stays(8), left(12), stays(15)];

describe('kaplanMeier', () => {
  it('computes the small censored example by hand, step by step', () => {
    const curve = kaplanMeier(SEVEN);
    expect(curve.people).toBe(7);
    expect(curve.steps.map(({ day, atRisk, events, censored }) => [day, atRisk, events, censored])).toEqual([
      [3, 7, 1, 0],
      [5, 6, 1, 1],
      [8, 4, 1, 1],
      [12, 2, 1, 0],
      [15, 1, 0, 1],
    ]);
    const survival = curve.steps.map((s) => s.survival);
    const expected = [6 / 7, 5 / 7, 15 / 28, 15 / 56, 15 / 56];
    for (const [i, s] of survival.entries()) expect(s).toBeCloseTo(expected[i]!, 12);
    const se = curve.steps.map((s) => s.standardError!);
    const expectedSe = [
      Math.sqrt(6 / 343),
      Math.sqrt(10 / 343),
      (15 / 28) * Math.sqrt(59 / 420),
      (15 / 56) * Math.sqrt(269 / 420),
      (15 / 56) * Math.sqrt(269 / 420),
    ];
    for (const [i, s] of se.entries()) expect(s).toBeCloseTo(expectedSe[i]!, 12);
    expect(se[0]).toBeCloseTo(0.13226, 5);
    expect(se[1]).toBeCloseTo(0.170747, 5);
  });

  it('counts leavers before the censored on the same day (they are still at risk that day)', () => {
    // Censored first would make 5 at risk on day 5 and S = 6/7 · 4/5 = 24/35; events first gives 6 and 5/7.
    const day5 = kaplanMeier(SEVEN).steps[1]!;
    expect(day5.atRisk).toBe(6);
    expect(day5.survival).toBeCloseTo(5 / 7, 12);
    expect(day5.survival).not.toBeCloseTo(24 / 35, 6);
  });

  it('matches the textbook 6-MP leukaemia example (Freireich; Kleinbaum & Klein, R survfit)', () => {
    const curve = kaplanMeier([
      ...[6, 6, 6, 7, 10, 13, 16, 22, 23].map(left),
      ...[6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35].map(stays),
    ]);
    const events = curve.steps.filter((s) => s.events > 0);
    expect(events.map((s) => [s.day, s.atRisk, s.events])).toEqual([
      [6, 21, 3],
      [7, 17, 1],
      [10, 15, 1],
      [13, 12, 1],
      [16, 11, 1],
      [22, 7, 1],
      [23, 6, 1],
    ]);
    const expected = [
      [0.8571, 0.0764],
      [0.8067, 0.0869],
      [0.7529, 0.0963],
      [0.6902, 0.1068],
      [0.6275, 0.1141],
      [0.5378, 0.1282],
      [0.4482, 0.1346],
    ];
    events.forEach((s, i) => {
      expect(s.survival).toBeCloseTo(expected[i]![0]!, 4);
      expect(s.standardError!).toBeCloseTo(expected[i]![1]!, 4);
    });
  });

  it('reaches zero when the last person at risk leaves, with no standard error there', () => {
    // 2, 4, 4: day 2 S = 2/3; day 4 both remaining leave, S = 0.
    const curve = kaplanMeier([left(2), left(4), left(4)]);
    expect(curve.steps.map((s) => [s.day, s.atRisk, s.events])).toEqual([
      [2, 3, 1],
      [4, 2, 2],
    ]);
    expect(curve.steps[0]!.survival).toBeCloseTo(2 / 3, 12);
    expect(curve.steps[0]!.standardError).toBeCloseTo((2 / 3) * Math.sqrt(1 / 6), 12); // 1/(3·2)
    expect(curve.steps[1]).toMatchObject({ survival: 0, standardError: null });
  });

  it('leaves out durations that cannot be times, and is empty for nobody', () => {
    expect(kaplanMeier([left(-1), stays(Number.NaN), left(4)]).people).toBe(1);
    expect(kaplanMeier([])).toEqual({ people: 0, steps: [] });
  });
});

describe('survivalAt', () => {
  it('reads the last step on or before each horizon, and says nothing beyond the last person watched', () => {
    const curve = kaplanMeier(SEVEN);
    const [start, d4, d8, d10, d15, d16] = survivalAt(curve, [0, 4, 8, 10, 15, 16]);
    expect(start).toEqual({ day: 0, survival: 1, standardError: 0, atRisk: 7 });
    expect(d4!.survival).toBeCloseTo(6 / 7, 12);
    expect(d4!.atRisk).toBe(6);
    expect(d8!.survival).toBeCloseTo(15 / 28, 12); // the leaver on day 8 has left by day 8
    expect(d10!.survival).toBeCloseTo(15 / 28, 12);
    expect(d10!.atRisk).toBe(2);
    expect(d15!.survival).toBeCloseTo(15 / 56, 12);
    expect(d16).toEqual({ day: 16, survival: null, standardError: null, atRisk: 0 });
  });

  it('keeps a survival of 0 beyond the last leaver: everyone has left', () => {
    const curve = kaplanMeier([left(2), left(4)]);
    expect(survivalAt(curve, [365])).toEqual([{ day: 365, survival: 0, standardError: null, atRisk: 0 }]);
  });
});

const observations = fc.array(fc.record({ days: fc.integer({ min: 0, max: 400 }), event: fc.boolean() }), {
  maxLength: 40,
});

describe('kaplanMeier properties', () => {
  it('survival never increases, stays within [0, 1], and the risk set only shrinks', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const { steps, people } = kaplanMeier(obs);
        let previous = { survival: 1, atRisk: people };
        for (const step of steps) {
          expect(step.survival).toBeGreaterThanOrEqual(0);
          expect(step.survival).toBeLessThanOrEqual(previous.survival);
          expect(step.atRisk).toBeLessThanOrEqual(previous.atRisk);
          previous = step;
        }
        expect(steps.reduce((n, s) => n + s.events + s.censored, 0)).toBe(people);
      }),
    );
  });

  it('without censoring, is the share still there after each day', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }), (days) => {
        const curve = kaplanMeier(days.map(left));
        for (const step of curve.steps) {
          const remaining = days.filter((d) => d > step.day).length;
          expect(step.survival).toBeCloseTo(remaining / days.length, 10);
        }
      }),
    );
  });
});
