import type { BySide } from '#core/surveys/aggregate-survey';
import type { Side } from '#core/programs/intake-form';
import {
  type Figure,
  figureFor,
  type Group,
  planSuppression,
  type Visibility,
} from '#core/surveys/suppression';

/**
 * The impact report's figures go through the same suppression as survey results (suppression.ts); only
 * the words differ, because an impact figure is about people counted, not people who answered.
 *
 * - `impactFigure`: the figure when its plan says shown, otherwise why it is hidden, in impact words.
 * - `figureOfPeople`: one figure standing alone (no total next to it), hidden below the minimum.
 * - `countFigure`: a count of people from a plan; a count of nobody shows 0, since it tells nothing
 *   about anyone (and an empty group needs no complement).
 * - `sideFigures`: a figure for everyone and one per side, where everyone = mentors + mentees, so a
 *   small side is hidden and, when the total is shown, the other side with it (complementary).
 */
export type PersonOnSide = { readonly personId: string; readonly side: Side };

const MESSAGES = {
  no_answers: () => 'Nothing to count yet.',
  small_group: (min: number) =>
    `Hidden: fewer than ${min} people are behind this figure, so they could be recognised.`,
  complementary: () => 'Hidden so that a smaller hidden group cannot be worked out by subtraction.',
  not_for_audience: () => 'Not shown to this audience.',
} as const;

export function impactFigure<T extends object>(
  visibility: Visibility | undefined,
  minGroupSize: number,
  build: () => T,
): Figure<T> {
  const figure = figureFor(visibility, minGroupSize, build);
  return figure.suppressed ? { ...figure, message: MESSAGES[figure.reason](minGroupSize) } : figure;
}

export type PeopleCount = { people: number };

/** The count of a planned group: 0 when empty, otherwise as the plan says. */
export function countFigure(
  plan: Readonly<Record<string, Visibility>>,
  groups: Readonly<Record<string, Group>>,
  id: string,
  minGroupSize: number,
): Figure<PeopleCount> {
  const people = groups[id]?.size ?? 0;
  return people === 0
    ? { suppressed: false, people: 0 }
    : impactFigure(plan[id], minGroupSize, () => ({ people }));
}

export const distinctPeople = (items: readonly PersonOnSide[]) =>
  new Set(items.map((i) => `${i.side}:${i.personId}`)).size;

/** A figure about `people` distinct people, alone; see the rules above. */
export function figureOfPeople<T extends object>(
  people: number,
  minGroupSize: number,
  build: () => T,
): Figure<T> {
  const plan = planSuppression({ it: { size: people } }, [], minGroupSize);
  return impactFigure(plan.it, minGroupSize, build);
}

/** Figures for everyone and each side from items tagged with a person and side; see the rules above. */
export function sideFigures<I extends PersonOnSide, T extends object>(
  items: readonly I[],
  minGroupSize: number,
  summarise: (items: readonly I[]) => T,
): { overall: Figure<T>; bySide: BySide<T> } {
  const ofSide = (side: Side) => items.filter((i) => i.side === side);
  const plan = planSuppression(
    {
      all: { size: distinctPeople(items) },
      mentor: { size: distinctPeople(ofSide('mentor')) },
      mentee: { size: distinctPeople(ofSide('mentee')) },
    },
    [{ total: 'all', parts: ['mentor', 'mentee'] }],
    minGroupSize,
  );
  return {
    overall: impactFigure(plan.all, minGroupSize, () => summarise(items)),
    bySide: {
      mentor: impactFigure(plan.mentor, minGroupSize, () => summarise(ofSide('mentor'))),
      mentee: impactFigure(plan.mentee, minGroupSize, () => summarise(ofSide('mentee'))),
    },
  };
}
