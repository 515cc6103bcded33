import { describe, expect, it } from 'vitest';
import {
  compareRetention,
  type EmploymentRecord,
  type RetentionFigures,
  type RetentionInput,
} from '#core/impact/retention-comparison';
import type { Side } from '#core/programs/intake-form';
import type { Figure } from '#core/surveys/suppression';

const person = (
  personId: string,
  level: number | null,
  department: string,
  hireDate: string | null,
  left: string | null = null,
  employmentStatus: EmploymentRecord['employmentStatus'] = left ? 'left' : 'active',
): EmploymentRecord => ({ personId, level, department, hireDate, employmentStatus, endDate: left });
const taking = (side: Side, record: EmploymentRecord) => ({ ...record, side });

/**
 * Start 2025-01-01, as of 2026-03-01 (day 424). Horizons: 6 months = 2025-07-01 = day 181;
 * 12 months = 2026-01-01 = day 365.
 *
 * Mentors (level 2, Engineering): m1 left 2025-03-12 (day 31 + 28 + 11 = 70), m2 left 2025-10-01
 *   (day 181 + 31 + 31 + 30 = 273), m3–m6 stay. 6 people, 2 left.
 *   6 months: 5 of 6 = 83.3%; 12 months: 4 of 6 = 66.7%.
 *   Kaplan–Meier: day 70, 6 at risk -> 5/6; day 273, 5 at risk -> 5/6 · 4/5 = 2/3; day 424: 4 censored.
 * Mentees (level 7, Finance): e1–e5 stay: 5 of 5 = 100%.
 * Participants overall: 11; 6 months 10/11 = 90.9%; 12 months 9/11 = 81.8%.
 *
 * Comparable to a mentor: c1 (left 2025-02-01, day 31), c2 (left 2025-05-01, day 120), c3 (left
 *   2025-12-31, day 364), c5, c6, and c7 ("engineering " in other case). c4 left without an end date:
 *   not followed. 6 people, 3 left. 6 months: 4/6 = 66.7%; 12 months: 3/6 = 50%.
 * Comparable to a mentee: d1–d3 = 3, fewer than 5: hidden, and the mentors' comparison with it
 *   (the comparison's total, 9, is shown). Overall 9: 6 months 7/9 = 77.8%; 12 months 6/9 = 66.7%.
 * Not comparable: x1 hired too long before, x2 another level, x3 another department, x4 hired after the
 *   start, x5 gone before the start, x6 unknown level, x7 no department; m1 takes part.
 */
const MENTORS = [
  person('m1', 2, 'Engineering', '2023-03-01', '2025-03-12'),
  person('m2', 2, 'Engineering', '2023-06-01', '2025-10-01'),
  person('m3', 2, 'Engineering', '2023-09-01'),
  person('m4', 2, 'Engineering', '2024-01-15'),
  person('m5', 2, 'Engineering', '2024-02-01'),
  person('m6', 2, 'Engineering', '2022-11-01'),
];
const MENTEES = ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => person(id, 7, 'Finance', '2015-04-01'));
const COLLEAGUES = [
  person('c1', 2, 'Engineering', '2023-05-01', '2025-02-01'),
  person('c2', 2, 'Engineering', '2023-07-01', '2025-05-01'),
  person('c3', 2, 'Engineering', '2024-03-01', '2025-12-31'),
  person('c4', 2, 'Engineering', '2023-04-01', null, 'left'),
  person('c5', 2, 'Engineering', '2022-06-01'),
  person('c6', 2, 'Engineering', '2024-10-01', null, 'on_leave'),
  person('c7', 2, 'engineering ', '2023-01-01'),
  person('d1', 7, 'Finance', '2014-06-01'),
  person('d2', 7, 'Finance', '2015-12-01'),
  person('d3', 7, 'FINANCE', '2016-03-31'),
  person('x1', 2, 'Engineering', '2019-01-01'),
  person('x2', 3, 'Engineering', '2023-06-01'),
  person('x3', 2, 'Sales', '2023-06-01'),
  person('x4', 2, 'Engineering', '2025-03-01'),
  person('x5', 2, 'Engineering', '2023-06-01', '2024-12-01'),
  person('x6', null, 'Engineering', '2023-06-01'),
  person('x7', 2, '', '2023-06-01'),
  MENTORS[0]!,
];
const INPUT: RetentionInput = {
  programStart: '2025-01-01',
  asOf: '2026-03-01',
  participants: [...MENTORS.map((m) => taking('mentor', m)), ...MENTEES.map((e) => taking('mentee', e))],
  employees: COLLEAGUES,
};
const shown = (f: Figure<RetentionFigures>) => {
  if (f.suppressed) throw new Error(`expected a shown figure, got ${f.reason}`);
  return f;
};
const shares = (f: Figure<RetentionFigures>) =>
  shown(f).horizons.map((h) => [h.months, h.day, h.stillEmployed, h.percent]);

describe('compareRetention', () => {
  const result = compareRetention(INPUT, { minGroupSize: 5 });

  it('gives each side of the participants their share still employed after 6 and 12 months, by hand', () => {
    expect(shares(result.participants.bySide.mentor)).toEqual([
      [6, 181, 5, 83.3],
      [12, 365, 4, 66.7],
    ]);
    expect(shares(result.participants.bySide.mentee)).toEqual([
      [6, 181, 5, 100],
      [12, 365, 5, 100],
    ]);
    expect(shares(result.participants.overall)).toEqual([
      [6, 181, 10, 90.9],
      [12, 365, 9, 81.8],
    ]);
    expect(shown(result.participants.overall)).toMatchObject({ people: 11, left: 2 });
  });

  it('draws the Kaplan–Meier curve, which agrees with the shares on the horizon days', () => {
    const mentors = shown(result.participants.bySide.mentor);
    expect(mentors.curve.steps.map((s) => [s.day, s.atRisk, s.events, s.censored])).toEqual([
      [70, 6, 1, 0],
      [273, 5, 1, 0],
      [424, 4, 0, 4],
    ]);
    expect(mentors.curve.steps[1]!.survival).toBeCloseTo(2 / 3, 12);
    expect(mentors.horizons[0]!.survival).toBeCloseTo(5 / 6, 12);
    expect(mentors.horizons[1]!.survival).toBeCloseTo(4 / 6, 12);
    expect(mentors.horizons[1]!.atRisk).toBe(4);
  });

  it('picks comparable colleagues by level, department and tenure, and hides a small side with its complement', () => {
    expect(shown(result.comparison.overall)).toMatchObject({ people: 9, left: 3 });
    expect(shares(result.comparison.overall)).toEqual([
      [6, 181, 7, 77.8],
      [12, 365, 6, 66.7],
    ]);
    expect(result.comparison.bySide.mentee).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(result.comparison.bySide.mentor).toMatchObject({ suppressed: true, reason: 'complementary' });
    // At a minimum of 3 the mentors' comparison shows: c1, c2, c3, c5, c6, c7.
    const three = compareRetention(INPUT, { minGroupSize: 3 }).comparison.bySide.mentor;
    expect(shares(three)).toEqual([
      [6, 181, 4, 66.7],
      [12, 365, 3, 50],
    ]);
    expect(shown(three).curve.steps.map((s) => [s.day, s.events])).toEqual([
      [31, 1],
      [120, 1],
      [364, 1],
      [424, 0],
    ]);
  });

  it('counts tenure within the window inclusively: 12 months before a hire date is in, a day more is out', () => {
    const one = (hireDate: string) =>
      compareRetention(
        {
          ...INPUT,
          participants: [taking('mentor', person('p', 4, 'Legal', '2022-11-01'))],
          employees: [person('q', 4, 'Legal', hireDate)],
        },
        { minGroupSize: 1 },
      ).comparison.overall;
    expect(shown(one('2021-11-01')).people).toBe(1);
    expect(shown(one('2023-11-01')).people).toBe(1);
    expect(one('2021-10-31')).toMatchObject({ suppressed: true, reason: 'no_answers' });
    expect(one('2023-11-02')).toMatchObject({ suppressed: true, reason: 'no_answers' });
  });

  it('says a horizon is not measurable yet before that many months have passed', () => {
    const early = compareRetention({ ...INPUT, asOf: '2025-05-01' }, { minGroupSize: 5 });
    const mentors = shown(early.participants.bySide.mentor);
    // Day 120: m1 left on day 70; nobody has been followed for 181 days yet.
    expect(mentors.left).toBe(1);
    expect(mentors.horizons[0]).toMatchObject({
      months: 6,
      stillEmployed: null,
      percent: null,
      survival: null,
    });
  });

  it('treats a future end date as still employed, and a past end date as having left whatever the status', () => {
    const one = (record: EmploymentRecord) =>
      shown(
        compareRetention(
          { ...INPUT, participants: [taking('mentee', record)], employees: [] },
          { minGroupSize: 1 },
        ).participants.overall,
      );
    expect(one(person('p', 7, 'Finance', '2015-01-01', '2026-06-30'))).toMatchObject({ people: 1, left: 0 });
    expect(one(person('p', 7, 'Finance', '2015-01-01', '2025-02-01', 'active'))).toMatchObject({ left: 1 });
  });

  it('compares a colleague with every participant of the same level and department, not only the nearest', () => {
    // Windows of ±12 months around 2010-06-01, 2011-03-01 (overlapping: one range 2009-06-01..2012-03-01)
    // and 2020-06-01 (2019-06-01..2021-06-01); a colleague hired in the gap between them is not comparable.
    const mentors = ['2010-06-01', '2011-03-01', '2020-06-01'].map((hired, i) =>
      taking('mentor', person(`p${i}`, 3, 'Sales', hired)),
    );
    const hires = {
      in1: '2009-06-01',
      in2: '2012-03-01',
      in3: '2021-06-01',
      gap: '2015-01-01',
      before: '2009-05-31',
      after: '2021-06-02',
    };
    const employees = Object.entries(hires).map(([id, hired]) => person(id, 3, 'Sales', hired));
    const result = compareRetention(
      { ...INPUT, participants: mentors, employees: [...employees, ...mentors] },
      { minGroupSize: 1 },
    );
    expect(shown(result.comparison.bySide.mentor).people).toBe(3);
  });
});
