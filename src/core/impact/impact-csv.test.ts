import { describe, expect, it } from 'vitest';
import { impactCsv, impactCsvRows } from '#core/impact/impact-csv';
import { objectiveResults } from '#core/impact/objective-results';
import { smallProgramImpact } from '#tests/fixtures/impact-aggregates';

const IMPACT = smallProgramImpact({
  skill: '=HYPERLINK("x")',
  objectives: objectiveResults(
    [{ text: 'Pairs keep meeting', metric: 'held', comparator: '>=', target: 70, unit: '%' }],
    [{ status: 'measured', value: 75, unit: '%' }],
  ),
});

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
