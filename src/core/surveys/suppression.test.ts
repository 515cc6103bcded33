import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  figureFor,
  type Group,
  planSuppression,
  type SumRelation,
  type Visibility,
} from '#core/surveys/suppression';

const sides = (all: number, mentor: number, mentee: number, min = 5) =>
  planSuppression(
    { all: { size: all }, mentor: { size: mentor }, mentee: { size: mentee } },
    [{ total: 'all', parts: ['mentor', 'mentee'] }],
    min,
  );
const hidden = (reason: string) => ({ shown: false, reason });
const SHOWN = { shown: true };

describe('planSuppression', () => {
  it('hides a group of 4 at a minimum of 5, and shows a group of 5', () => {
    expect(sides(4, 2, 2)).toEqual({
      all: hidden('small_group'),
      mentor: hidden('small_group'),
      mentee: hidden('small_group'),
    });
    expect(sides(10, 5, 5)).toEqual({ all: SHOWN, mentor: SHOWN, mentee: SHOWN });
  });

  it('hides the other side too when one side is small and the total is shown (complementary)', () => {
    expect(sides(9, 6, 3)).toEqual({
      all: SHOWN,
      mentor: hidden('complementary'),
      mentee: hidden('small_group'),
    });
  });

  it('needs no complement for an empty side: there is nothing to work out', () => {
    expect(sides(6, 6, 0)).toEqual({ all: SHOWN, mentor: SHOWN, mentee: hidden('no_answers') });
  });

  it('with three parts, hides the smallest shown part until the hidden ones hold at least the minimum', () => {
    const plan = planSuppression(
      { t: { size: 20 }, a: { size: 2 }, b: { size: 7 }, c: { size: 11 } },
      [{ total: 't', parts: ['a', 'b', 'c'] }],
      5,
    );
    expect(plan).toEqual({ t: SHOWN, a: hidden('small_group'), b: hidden('complementary'), c: SHOWN });
    const twoSmall = planSuppression(
      { t: { size: 14 }, a: { size: 2 }, b: { size: 2 }, c: { size: 10 } },
      [{ total: 't', parts: ['a', 'b', 'c'] }],
      5,
    );
    expect(twoSmall.c).toEqual(hidden('complementary'));
  });

  it('treats a small remainder beside a fixed total as a hidden part, and leaves fixed figures alone', () => {
    const plan = planSuppression(
      { after: { size: 8, role: 'fixed' }, both: { size: 7 }, afterOnly: { size: 1, role: 'remainder' } },
      [{ total: 'after', parts: ['both', 'afterOnly'] }],
      5,
    );
    expect(plan).toEqual({ after: SHOWN, both: hidden('complementary'), afterOnly: hidden('small_group') });
    const big = planSuppression(
      { after: { size: 12, role: 'fixed' }, both: { size: 7 }, afterOnly: { size: 5, role: 'remainder' } },
      [{ total: 'after', parts: ['both', 'afterOnly'] }],
      5,
    );
    expect(big).toEqual({ after: SHOWN, both: SHOWN, afterOnly: hidden('remainder') });
  });

  it('hides a part when a hidden total would otherwise be the sum of shown parts', () => {
    const plan = planSuppression(
      {
        after: { size: 13, role: 'fixed' },
        both: { size: 12 },
        afterOnly: { size: 1, role: 'remainder' },
        mentors: { size: 5 },
        mentees: { size: 7 },
      },
      [
        { total: 'after', parts: ['both', 'afterOnly'] },
        { total: 'both', parts: ['mentors', 'mentees'] },
      ],
      5,
    );
    expect(plan.both).toEqual(hidden('complementary'));
    expect(plan.mentors).toEqual(hidden('complementary'));
    expect(plan.mentees).toEqual(SHOWN);
  });
});

describe('figureFor', () => {
  it('builds the figure only when shown, and never for a group the plan does not know', () => {
    expect(figureFor({ shown: true }, 5, () => ({ respondents: 5 }))).toEqual({
      suppressed: false,
      respondents: 5,
    });
    expect(figureFor(undefined, 5, () => ({ respondents: 1 }))).toMatchObject({
      suppressed: true,
      reason: 'small_group',
    });
    expect(figureFor({ shown: false, reason: 'small_group' }, 7, () => ({}))).toEqual({
      suppressed: true,
      reason: 'small_group',
      message: 'Hidden: fewer than 7 people answered, so answers could be traced back to them.',
    });
  });
});

/** A random two-level breakdown: a total, its parts, and each part's sub-parts (some of them remainders). */
const treeArbitrary = fc
  .record({
    min: fc.integer({ min: 1, max: 7 }),
    fixedRoot: fc.boolean(),
    parts: fc.array(
      fc.array(fc.record({ size: fc.integer({ min: 0, max: 12 }), remainder: fc.boolean() }), {
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ min, fixedRoot, parts }) => {
    const groups: Record<string, Group> = {};
    const relations: SumRelation[] = [];
    parts.forEach((leaves, p) => {
      leaves.forEach((leaf, l) => {
        groups[`p${p}.${l}`] = { size: leaf.size, role: leaf.remainder ? 'remainder' : 'publish' };
      });
      groups[`p${p}`] = { size: leaves.reduce((s, leaf) => s + leaf.size, 0) };
      relations.push({ total: `p${p}`, parts: leaves.map((_, l) => `p${p}.${l}`) });
    });
    const rootSize = parts.flat().reduce((s, leaf) => s + leaf.size, 0);
    groups.root = { size: rootSize, role: fixedRoot && rootSize >= min ? 'fixed' : 'publish' };
    relations.push({ total: 'root', parts: parts.map((_, p) => `p${p}`) });
    return { min, groups, relations };
  });

describe('planSuppression properties', () => {
  it('never shows a published group smaller than the minimum, and never leaves a small group to subtraction', () => {
    fc.assert(
      fc.property(treeArbitrary, ({ min, groups, relations }) => {
        const plan = planSuppression(groups, relations, min);
        const size = (id: string) => groups[id]!.size;
        const isShown = (id: string) => (plan[id] as Visibility).shown;
        for (const [id, group] of Object.entries(groups))
          if (isShown(id) && group.role !== 'fixed') expect(size(id)).toBeGreaterThanOrEqual(min);
        for (const { total, parts } of relations) {
          const hiddenParts = parts.filter((p) => !isShown(p) && size(p) > 0);
          const hiddenSum = hiddenParts.reduce((s, p) => s + size(p), 0);
          if (isShown(total)) {
            // What subtraction reveals: the hidden parts together. Never a small group, never one protected part.
            expect(hiddenSum === 0 || hiddenSum >= min).toBe(true);
            if (hiddenParts.length === 1)
              expect(plan[hiddenParts[0]!]).toEqual({ shown: false, reason: 'remainder' });
          } else if (size(total) > 0) {
            // A hidden total is not the sum of shown parts.
            expect(hiddenParts.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
