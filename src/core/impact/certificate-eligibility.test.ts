import { describe, expect, it } from 'vitest';
import { completedProgram, pairsThatLasted } from '#core/impact/certificate-eligibility';

const closed = { phase: 'closed', endDate: '2027-03-01' } as const;
const pair = (endedAt: Date | null, pairId = 'p1') => ({ pairId, side: 'mentor', endedAt }) as const;

describe('completedProgram', () => {
  it('counts a person whose pair was still going when the program closed', () => {
    expect(completedProgram(closed, [pair(null)])).toBe(true);
  });

  it('counts a pair ended on or after the end date, not one ended before it', () => {
    expect(completedProgram(closed, [pair(new Date('2027-03-01T00:00:00Z'))])).toBe(true);
    expect(completedProgram(closed, [pair(new Date('2027-03-10T09:00:00Z'))])).toBe(true);
    expect(completedProgram(closed, [pair(new Date('2027-02-28T23:59:59Z'))])).toBe(false);
  });

  it('counts a re-paired person whose second pair lasted', () => {
    const pairs = [pair(new Date('2026-11-01T00:00:00Z'), 'first'), pair(null, 'second')];
    expect(completedProgram(closed, pairs)).toBe(true);
    expect(pairsThatLasted(closed, pairs).map((p) => p.pairId)).toEqual(['second']);
  });

  it('gives nobody a certificate before HR closes the program, even past its end date', () => {
    for (const phase of ['active', 'midpoint', 'closing'] as const)
      expect(completedProgram({ ...closed, phase }, [pair(null)])).toBe(false);
  });

  it('gives nobody without a pair a certificate', () => {
    expect(completedProgram(closed, [])).toBe(false);
  });
});
