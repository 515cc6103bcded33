import { describe, expect, it } from 'vitest';
import { nomineeParticipation } from '#core/impact/nominee-participation';
import {
  FUNNEL_STAGES,
  type FunnelStageFigure,
  type ParticipantJourney,
} from '#core/impact/participation-funnel';

const at = (isoDate: string) => new Date(`${isoDate}T10:00:00Z`);
const ASOF = at('2026-03-01');

/** A mentor nominee who reached the first `stages` stages, a week apart from 5 January. */
const nominee = (personId: string, stages: number): ParticipantJourney => ({
  personId,
  side: 'mentor',
  reached: Object.fromEntries(
    FUNNEL_STAGES.slice(0, stages).map((s, i) => [s, new Date(at('2026-01-05').getTime() + i * 7 * 864e5)]),
  ),
});
const many = (prefix: string, n: number, stages: number) =>
  Array.from({ length: n }, (_, i) => nominee(`${prefix}-${i}`, stages));
const count = (f: FunnelStageFigure['overall']) => (f.suppressed ? f.reason : f.people);
const overallOf = (stages: FunnelStageFigure[]) => stages.map((s) => count(s.overall));

const SPRING = { id: 'prg-spring', name: 'Spring', phase: 'active' };
const AUTUMN = { id: 'prg-autumn', name: 'Autumn', phase: 'recruiting' };

describe('nomineeParticipation', () => {
  it('counts the nominees per program and across programs, hiding small groups', () => {
    const result = nomineeParticipation(
      [
        { program: SPRING, journeys: [...many('a', 5, 4), ...many('b', 1, 2)] },
        { program: AUTUMN, journeys: many('c', 2, 1) },
      ],
      { asOf: ASOF, minGroupSize: 5 },
    );
    // invited/applied/approved/matched/active/completed
    expect(overallOf(result.overall)).toEqual([8, 6, 5, 5, 0, 0]);
    // Autumn's 2 invited are hidden; with 8 shown across programs, Spring's 6 would give them away
    // (8 − 6), so Spring's invited count is hidden too.
    expect(result.programs.map((p) => [p.id, p.name, p.phase, overallOf(p.funnel)])).toEqual([
      ['prg-spring', 'Spring', 'active', ['complementary', 6, 5, 5, 0, 0]],
      ['prg-autumn', 'Autumn', 'recruiting', ['small_group', 0, 0, 0, 0, 0]],
    ]);
    const hidden = result.programs[1]!.funnel[0]!.overall;
    expect(hidden).toMatchObject({ suppressed: true, message: expect.stringContaining('fewer than 5') });
  });

  it('counts a person nominated to two programs once across them', () => {
    const people = many('p', 4, 1);
    const result = nomineeParticipation(
      [
        { program: SPRING, journeys: people },
        { program: AUTUMN, journeys: [...people, nominee('q', 1)] },
      ],
      { asOf: ASOF, minGroupSize: 5 },
    );
    expect(count(result.overall[0]!.overall)).toBe(5);
    expect(count(result.programs[0]!.funnel[0]!.overall)).toBe('small_group');
  });

  it('never shows a count between 1 and the minimum, and shows nothing about no nominees', () => {
    const result = nomineeParticipation([{ program: SPRING, journeys: many('s', 3, 6) }], {
      asOf: ASOF,
      minGroupSize: 4,
    });
    const figures = [...result.overall, ...result.programs.flatMap((p) => p.funnel)].flatMap((s) => [
      s.overall,
      s.bySide.mentor,
      s.bySide.mentee,
    ]);
    for (const f of figures) if (!f.suppressed) expect(f.people === 0 || f.people >= 4).toBe(true);
    expect(nomineeParticipation([], { asOf: ASOF, minGroupSize: 5 })).toMatchObject({ programs: [] });
  });

  it('never lets a hidden program be worked out from the total and the other programs', () => {
    const result = nomineeParticipation(
      [
        { program: SPRING, journeys: many('a', 7, 1) },
        { program: AUTUMN, journeys: many('b', 6, 1) },
        { program: { id: 'prg-winter', name: 'Winter', phase: 'active' }, journeys: many('c', 2, 1) },
      ],
      { asOf: ASOF, minGroupSize: 5 },
    );
    const invited = [result.overall, ...result.programs.map((p) => p.funnel)].map((f) =>
      count(f[0]!.overall),
    );
    // 15 across programs; Winter's 2 hidden, and the smaller of the others (Autumn, 6) with it.
    expect(invited).toEqual([15, 7, 'complementary', 'small_group']);
  });
});
