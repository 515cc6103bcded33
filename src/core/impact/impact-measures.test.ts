import { describe, expect, it } from 'vitest';
import { measureEngagement } from '#core/impact/engagement';
import {
  type ImpactFigures,
  isMeasureKey,
  measure,
  measureChoices,
  programMeasureChoices,
} from '#core/impact/impact-measures';
import { objectiveResults } from '#core/impact/objective-results';
import { participationFunnel } from '#core/impact/participation-funnel';
import { compareRetention, type EmploymentRecord } from '#core/impact/retention-comparison';
import { defaultSettings } from '#core/programs/program-defaults';
import type { ChangeAggregate } from '#core/surveys/before-after-change';
import { defaultSurveys } from '#core/surveys/default-surveys';

const worker = (personId: string, left: string | null): EmploymentRecord => ({
  personId,
  level: 2,
  department: 'Engineering',
  hireDate: '2023-06-01',
  employmentStatus: left ? 'left' : 'active',
  endDate: left,
});

/**
 * Start 2025-01-01, as of 2026-02-01. Five mentors: one left 2025-04-10 -> after 6 and 12 months 4/5 =
 * 80%. Five comparable colleagues: two left (2025-03-01, 2025-09-01) -> 6 months 4/5 = 80%, 12 months
 * 3/5 = 60%. Gap after 12 months: 80 - 60 = 20 points. No mentee took part.
 */
const retention = compareRetention(
  {
    programStart: '2025-01-01',
    asOf: '2026-02-01',
    participants: ['m1', 'm2', 'm3', 'm4', 'm5'].map((id, i) => ({
      ...worker(id, i === 0 ? '2025-04-10' : null),
      side: 'mentor' as const,
    })),
    employees: [
      worker('c1', '2025-03-01'),
      worker('c2', '2025-09-01'),
      worker('c3', null),
      worker('c4', null),
      worker('c5', null),
    ],
  },
  { minGroupSize: 5 },
);
const change = (questionId: string, improved: number, respondents: number): ChangeAggregate => ({
  questionId,
  beforeQuestionId: questionId.replace('final_', 'kickoff_'),
  side: 'mentee',
  prompt: 'How confident are you using digital tools?',
  overall:
    respondents >= 5
      ? {
          suppressed: false,
          respondents,
          meanBefore: 2.5,
          meanAfter: 3.5,
          meanChange: 1,
          improved,
          unchanged: 100 - improved,
          declined: 0,
        }
      : { suppressed: true, reason: 'small_group', message: 'Hidden: fewer than 5 people answered.' },
  bySide: null,
});
const FIGURES: ImpactFigures = {
  retention,
  changes: [change('final_digital_confidence', 83, 6), change('final_visibility', 100, 3)],
};

describe('measure', () => {
  it('reads retention, its gap with similar colleagues, and before/after changes', () => {
    expect(measure('still_employed:mentor:12', FIGURES)).toEqual({
      status: 'measured',
      value: 80,
      unit: '%',
    });
    expect(measure('still_employed:all:6', FIGURES)).toEqual({ status: 'measured', value: 80, unit: '%' });
    expect(measure('retention_gap:mentor:12', FIGURES)).toEqual({
      status: 'measured',
      value: 20,
      unit: 'points',
    });
    expect(measure('retention_gap:all:6', FIGURES)).toEqual({ status: 'measured', value: 0, unit: 'points' });
    expect(measure('improved:final_digital_confidence', FIGURES)).toEqual({
      status: 'measured',
      value: 83,
      unit: '%',
    });
    expect(measure('mean_change:final_digital_confidence', FIGURES)).toEqual({
      status: 'measured',
      value: 1,
      unit: 'points',
    });
  });

  it('is hidden behind a hidden figure, not yet for what is not computed or has nobody, and null for an unknown key', () => {
    expect(measure('improved:final_visibility', FIGURES)).toMatchObject({ status: 'hidden' });
    expect(measure('still_employed:mentee:12', FIGURES)).toMatchObject({ status: 'not_yet' });
    expect(measure('still_employed:mentor:24', FIGURES)).toMatchObject({ status: 'not_yet' });
    expect(measure('meetings_held', FIGURES)).toMatchObject({ status: 'not_yet' });
    expect(measure('people:matched:all', FIGURES)).toMatchObject({ status: 'not_yet' });
    expect(measure('improved:no_such_question', FIGURES)).toBeNull();
    expect(measure('still_employed:everyone:12', FIGURES)).toBeNull();
    expect(measure('people:hired:all', FIGURES)).toBeNull();
    expect(measure('happiness', FIGURES)).toBeNull();
  });

  it('reads engagement and participation figures', () => {
    const now = new Date('2026-02-01T12:00:00Z');
    const pairs = ['a', 'b', 'c'].map((id, i) => ({
      pairId: id,
      mentorId: `m${id}`,
      menteeId: `e${id}`,
      agreed: i < 2,
      meetings: [
        {
          startsAt: new Date('2026-01-10T10:00:00Z'),
          status: 'held' as const,
          mentorPulse: 4,
          menteePulse: 5,
        },
      ],
      goals: [],
    }));
    const funnel = participationFunnel(
      pairs.flatMap((p) => [
        { personId: p.mentorId, side: 'mentor' as const, reached: { matched: now } },
        { personId: p.menteeId, side: 'mentee' as const, reached: { matched: now } },
      ]),
      { asOf: now, minGroupSize: 5 },
    );
    const figures: ImpactFigures = { engagement: measureEngagement(pairs, { now, minGroupSize: 5 }), funnel };
    // 3 held of 3 planned; 2 of 3 pairs agreed = 67%; pulse 4.5 from 6 raters; 6 people matched.
    expect(measure('meetings_held', figures)).toEqual({ status: 'measured', value: 100, unit: '%' });
    expect(measure('agreements', figures)).toEqual({ status: 'measured', value: 67, unit: '%' });
    expect(measure('pulse', figures)).toEqual({ status: 'measured', value: 4.5, unit: 'points' });
    expect(measure('goals_completed', figures)).toMatchObject({ status: 'not_yet' });
    expect(measure('people:matched:all', figures)).toEqual({ status: 'measured', value: 6, unit: 'people' });
    expect(measure('people:matched:mentor', figures)).toMatchObject({ status: 'hidden' });
  });

  it('links the default objectives to measures and judges them', () => {
    const objectives = defaultSettings('reverse').objectives;
    const keys = [
      'improved:final_digital_confidence',
      'improved:final_visibility',
      'still_employed:mentor:12',
    ];
    const results = objectiveResults(
      objectives,
      keys.map((k) => measure(k, FIGURES)),
    );
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['met', '83% against a target of at least 80%: met.'],
      ['hidden', 'Hidden: fewer than 5 people answered.'],
      ['not_met', '80% against a target of at least 90%: not met.'],
    ]);
  });
});

describe('measureChoices', () => {
  it('offers every key that measure understands, with a label and a unit', () => {
    const choices = measureChoices([{ id: 'final_digital_confidence', prompt: 'How confident are you?' }]);
    expect(choices).toContainEqual({
      key: 'still_employed:mentor:12',
      label: 'Mentors still employed after 12 months',
      unit: '%',
    });
    expect(choices).toContainEqual({
      key: 'improved:final_digital_confidence',
      label: 'Rated higher at the end: “How confident are you?”',
      unit: '%',
    });
    expect(choices).toContainEqual({
      key: 'people:completed:all',
      label: 'Participants who completed the program',
      unit: 'people',
    });
    for (const choice of choices) expect(measure(choice.key, FIGURES)).not.toBeNull();
  });
});

describe('programMeasureChoices', () => {
  it('offers before/after measures for the final review’s questions paired with kickoff ones', () => {
    const keys = programMeasureChoices(defaultSurveys()).map((c) => c.key);
    expect(keys.filter((k) => k.startsWith('improved:'))).toEqual([
      'improved:final_digital_confidence',
      'improved:final_understanding',
      'improved:final_visibility',
      'improved:final_voice_confidence',
      'improved:final_leadership',
    ]);
    for (const o of defaultSettings('reverse').objectives) expect(keys).toContain(o.measure);
  });

  it('offers no before/after measure without both a kickoff and a final survey', () => {
    const withoutKickoff = defaultSurveys().filter((t) => t.timing !== 'kickoff');
    const keys = programMeasureChoices(withoutKickoff).map((c) => c.key);
    expect(keys.some((k) => k.startsWith('improved:') || k.startsWith('mean_change:'))).toBe(false);
    expect(keys).toContain('meetings_held');
  });
});

describe('isMeasureKey', () => {
  it('accepts the shapes measureChoices offers, for any question id', () => {
    for (const key of ['meetings_held', 'people:matched:all', 'still_employed:mentee:12', 'improved:q_1'])
      expect(isMeasureKey(key), key).toBe(true);
    expect(isMeasureKey('mean_change:anything')).toBe(true);
  });

  it('refuses free words, unknown groups or horizons, and extra parts', () => {
    for (const key of [
      'leaders feel confident',
      'still_employed:everyone:12',
      'still_employed:all:7',
      'people:hired:all',
      'improved:',
      'improved:a:b',
      'meetings_held:all',
      '',
    ])
      expect(isMeasureKey(key), key).toBe(false);
  });
});
