import { describe, expect, it } from 'vitest';
import { earlierCohorts } from './earlier-cohorts';

const link = (id: string, clonedFromId: string | null = null) => ({ id, clonedFromId });
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('earlierCohorts', () => {
  it('follows the clone links back, newest first', () => {
    const programs = [link('c1'), link('c2', 'c1'), link('c3', 'c2'), link('other')];
    expect(ids(earlierCohorts('c3', programs))).toEqual(['c2', 'c1']);
    expect(ids(earlierCohorts('c1', programs))).toEqual([]);
    expect(ids(earlierCohorts('unknown', programs))).toEqual([]);
  });

  it('stops at a cycle, at a missing program, and after the maximum', () => {
    expect(ids(earlierCohorts('a', [link('a', 'b'), link('b', 'c'), link('c', 'a')]))).toEqual(['b', 'c']);
    expect(ids(earlierCohorts('a', [link('a', 'a')]))).toEqual([]);
    expect(ids(earlierCohorts('a', [link('a', 'gone')]))).toEqual([]);
    const long = Array.from({ length: 15 }, (_, i) => link(`p${i}`, i === 0 ? null : `p${i - 1}`));
    expect(ids(earlierCohorts('p14', long))).toEqual([
      'p13',
      'p12',
      'p11',
      'p10',
      'p9',
      'p8',
      'p7',
      'p6',
      'p5',
      'p4',
    ]);
    expect(ids(earlierCohorts('p14', long, 2))).toEqual(['p13', 'p12']);
  });
});
