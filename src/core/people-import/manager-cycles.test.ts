import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCycle, findManagerCycles } from '#core/people-import/manager-cycles';

describe('findManagerCycles', () => {
  it('finds every loop once, including a self-loop, and ignores chains that merely lead into one', () => {
    const manager: Record<string, string | null> = { a: 'b', b: 'a', c: 'a', d: 'd', e: null, f: 'e' };
    const cycles = findManagerCycles(Object.keys(manager), (k) => manager[k]);
    expect(cycles).toEqual([['a', 'b'], ['d']]);
  });

  it('agrees with a slow reference on random graphs', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(11)), { minLength: 1, maxLength: 12 }), (links) => {
        const next = (n: number) => (links[n] === null || links[n]! >= links.length ? null : links[n]!);
        const onCycle = (n: number) => {
          let node: number | null = next(n);
          for (let step = 0; step < links.length && node !== null; step++, node = next(node))
            if (node === n) return true;
          return false;
        };
        const found = findManagerCycles(links.keys(), next)
          .flat()
          .sort((x, y) => x - y);
        expect(found).toEqual([...links.keys()].filter(onCycle));
      }),
    );
  });

  it('shortens a long loop for the message', () => {
    expect(describeCycle(['a', 'b', 'c'], 1)).toBe('b → c → a → b');
    expect(describeCycle(['1', '2', '3', '4', '5', '6', '7', '8'], 0)).toBe('1 → 2 → 3 → … → 7 → 8 → 1');
  });
});
