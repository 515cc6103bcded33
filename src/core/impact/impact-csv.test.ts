import { describe, expect, it } from 'vitest';
import { measureEngagement } from '#core/impact/engagement';
import { impactCsv, impactCsvRows, type ImpactForCsv, type RetentionForCsv } from '#core/impact/impact-csv';
import { learningExchange } from '#core/impact/learning-exchange';
import { objectiveResults } from '#core/impact/objective-results';
import { participationFunnel } from '#core/impact/participation-funnel';

const NOW = new Date('2026-06-01T00:00:00Z');
const at = new Date('2026-01-10T00:00:00Z');
/** 6 mentors and 3 mentees matched: everyone 9 and mentors 6 shown, mentees 3 hidden, so mentors too. */
const journeys = [
  ...Array.from({ length: 6 }, (_, i) => ({
    personId: `m${i}`,
    side: 'mentor' as const,
    reached: { matched: at },
  })),
  ...Array.from({ length: 3 }, (_, i) => ({
    personId: `e${i}`,
    side: 'mentee' as const,
    reached: { matched: at },
  })),
];
const shownRetention = (people: number, six: number | null): RetentionForCsv => ({
  suppressed: false,
  people,
  horizons: [
    { months: 6, percent: six },
    { months: 12, percent: null },
  ],
});
const hidden: RetentionForCsv = { suppressed: true, reason: 'small_group', message: 'Hidden.' };

const IMPACT: ImpactForCsv = {
  funnel: participationFunnel(journeys, { asOf: NOW, minGroupSize: 5 }),
  engagement: measureEngagement([], { now: NOW, minGroupSize: 5 }),
  learning: learningExchange(
    [
      ...['a', 'b', 'c', 'd', 'e'].map((learnerId) => ({
        skill: '=HYPERLINK("x")',
        taughtBy: 'mentor' as const,
        learnerId,
        lessons: 2,
      })),
      { skill: 'Rare skill', taughtBy: 'mentor' as const, learnerId: 'a', lessons: 1 },
    ],
    { minGroupSize: 5 },
  ),
  retention: {
    participants: { overall: shownRetention(9, 88.9), bySide: { mentor: hidden, mentee: hidden } },
    comparison: {
      overall: shownRetention(40, 80),
      bySide: { mentor: shownRetention(30, 80), mentee: shownRetention(10, 80) },
    },
  },
  objectives: objectiveResults(
    [{ text: 'Pairs keep meeting', metric: 'held', comparator: '>=', target: 70, unit: '%' }],
    [{ status: 'measured', value: 75, unit: '%' }],
  ),
};

const row = (measure: string, group = 'everyone') =>
  impactCsvRows(IMPACT).find((r) => r[1] === measure && r[2] === group);

describe('the impact as CSV', () => {
  it('writes each shown figure as its number and each hidden one as a word, never its value', () => {
    expect(row('matched')).toEqual(['participation', 'matched', 'everyone', 9, 'people']);
    expect(row('matched', 'mentors')).toEqual(['participation', 'matched', 'mentors', 'hidden', 'people']);
    expect(row('matched', 'mentees')).toEqual(['participation', 'matched', 'mentees', 'hidden', 'people']);
    expect(row('meetings held')?.[3]).toBe('none yet');
    expect(row('participants still employed after 6 months')?.[3]).toBe(88.9);
    expect(row('participants still employed after 6 months', 'mentors')?.[3]).toBe('hidden');
    expect(row('participants still employed after 12 months')?.[3]).toBeNull();
    expect(row('comparable colleagues followed', 'mentees')?.[3]).toBe(10);
  });

  it('lists skills learned by enough people only, and the objectives with their result', () => {
    expect(row('learned: =HYPERLINK("x")', 'mentees')).toEqual([
      'learning',
      'learned: =HYPERLINK("x")',
      'mentees',
      5,
      'people',
    ]);
    expect(impactCsvRows(IMPACT).some((r) => String(r[1]).includes('Rare skill'))).toBe(false);
    expect(row('Pairs keep meeting')?.[3]).toBe(75);
    expect(row('Pairs keep meeting (target >= 70)')?.[3]).toBe('met');
  });

  it('is CSV a spreadsheet opens as text: a byte order mark, CRLF records, formulas defused', () => {
    const text = impactCsv(IMPACT);
    expect(text.startsWith('\uFEFFsection,measure,group,value,unit\r\n')).toBe(true);
    expect(text).toContain('participation,matched,everyone,9,people\r\n');
    // A skill named like a formula starts with text ("learned: "), and a bare one would be quoted with '.
    expect(text).toContain('learning,"learned: =HYPERLINK(""x"")",mentees,5,people\r\n');
    expect(text).toContain('objectives,Pairs keep meeting (target >= 70),everyone,met,\r\n');
  });
});
