import { describe, expect, it } from 'vitest';
import { reportingLines } from './reporting-lines';

const lines = (links: [string, string | null][]) =>
  reportingLines(
    links.map(([id, managerId]) => ({ id, managerId })),
    (id) => ['people', id],
  );

describe('reporting lines', () => {
  it('relates anyone to everyone above them, in both directions, but not siblings', () => {
    const org = lines([
      ['ceo', null],
      ['vp', 'ceo'],
      ['dir', 'vp'],
      ['junior', 'dir'],
      ['other', 'ceo'],
    ]);
    expect(org.related('junior', 'vp')).toBe(true);
    expect(org.related('ceo', 'junior')).toBe(true);
    expect(org.related('junior', 'other')).toBe(false);
    expect(org.problems).toEqual([]);
  });

  it('reports a cycle once, cuts it, and keeps everyone on it apart', () => {
    const org = lines([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'b'],
      ['e', null],
    ]);
    expect(org.problems.map((p) => p.code)).toEqual(['manager-cycle']);
    expect(org.problems[0]?.message).toContain('a → b → c → a');
    expect(org.related('a', 'c')).toBe(true);
    expect(org.related('c', 'b')).toBe(true);
    expect(org.related('d', 'a')).toBe(true);
    expect(org.related('d', 'e')).toBe(false);
  });

  it('reports an unknown manager and ends the chain there', () => {
    const org = lines([
      ['a', 'ghost'],
      ['b', 'a'],
    ]);
    expect(org.problems).toEqual([
      expect.objectContaining({ code: 'unknown-manager', path: ['people', 'a', 'managerId'] }),
    ]);
    expect(org.related('b', 'a')).toBe(true);
    expect(org.related('b', 'ghost')).toBe(false);
  });

  it('handles a self-managed person and a deep chain without recursion', () => {
    const chain: [string, string | null][] = Array.from({ length: 50_000 }, (_, i) => [
      `p${i}`,
      i === 0 ? null : `p${i - 1}`,
    ]);
    chain.push(['self', 'self']);
    const org = lines(chain);
    expect(org.related('p0', 'p49999')).toBe(true);
    expect(org.problems.map((p) => p.code)).toEqual(['manager-cycle']);
  });
});
