import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '#core/surveys/aggregate-survey';
import { aggregateChange } from '#core/surveys/before-after-change';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { type RespondentSide, surveyTemplateSchema } from '#core/surveys/survey-template';

const [kickoff, , , final] = defaultSurveys();
const min5 = { minGroupSize: 5 };

const answers = (id: string, side: RespondentSide, values: Record<string, number>): SurveyResponse => ({
  respondentId: id,
  side,
  answers: values,
});
const seniors = (question: string, values: readonly number[], from = 0) =>
  values.map((v, i) => answers(`senior-${from + i}`, 'mentee', { [question]: v }));
const change = (before: SurveyResponse[], after: SurveyResponse[], options = min5) =>
  aggregateChange(
    { before: kickoff!, beforeResponses: before, after: final!, afterResponses: after },
    options,
  );
const digital = (result: ReturnType<typeof change>) =>
  result.find((c) => c.questionId === 'final_digital_confidence')!;

describe('aggregateChange', () => {
  it('reports every paired question of the final review, once', () => {
    expect(change([], []).map((c) => [c.questionId, c.beforeQuestionId])).toEqual([
      ['final_digital_confidence', 'kickoff_digital_confidence'],
      ['final_understanding', 'kickoff_understanding'],
      ['final_visibility', 'kickoff_visibility'],
      ['final_voice_confidence', 'kickoff_voice_confidence'],
      ['final_leadership', 'kickoff_leadership'],
    ]);
  });

  it('computes the change by hand for six seniors who answered both', () => {
    const before = seniors('kickoff_digital_confidence', [2, 3, 2, 4, 1, 3]);
    const after = seniors('final_digital_confidence', [4, 3, 3, 5, 1, 4]);
    expect(digital(change(before, after))).toMatchObject({
      side: 'mentee',
      bySide: null,
      overall: {
        suppressed: false,
        respondents: 6,
        meanBefore: 2.5, // 15 / 6
        meanAfter: 3.33, // 20 / 6
        meanChange: 0.83, // 5 / 6
        improved: 67, // 4 of 6
        unchanged: 33,
        declined: 0,
      },
    });
  });

  it('counts only people who answered both, with their latest answers', () => {
    const before = [
      ...seniors('kickoff_digital_confidence', [1, 1, 1, 1, 1]),
      answers('senior-0', 'mentee', {}),
    ];
    const after = [
      ...seniors('final_digital_confidence', [5, 5, 5, 5, 5]),
      answers('senior-4', 'mentee', { final_digital_confidence: 1 }),
      answers('stranger', 'mentee', {}),
    ];
    expect(digital(change(before, after)).overall).toMatchObject({
      respondents: 5,
      meanChange: 3.2, // (4 + 4 + 4 + 4 + 0) / 5
      improved: 80,
    });
  });

  it('hides the change when fewer than the minimum answered both', () => {
    const result = digital(
      change(
        seniors('kickoff_digital_confidence', [1, 2, 3, 4]),
        seniors('final_digital_confidence', [2, 3, 4, 5]),
      ),
    );
    expect(result.overall).toMatchObject({ suppressed: true, reason: 'small_group' });
  });

  it('hides the change when one person answered only the kickoff survey (the before mean would give them away)', () => {
    const before = seniors('kickoff_digital_confidence', [2, 3, 2, 4, 1, 3, 5]);
    const after = seniors('final_digital_confidence', [4, 3, 3, 5, 1, 4]);
    expect(digital(change(before, after)).overall).toMatchObject({
      suppressed: true,
      reason: 'complementary',
    });
    // With five who answered only the kickoff survey, nobody can be singled out.
    const many = seniors('kickoff_digital_confidence', [2, 2, 2, 2, 2], 6);
    expect(digital(change([...before.slice(0, 6), ...many], after)).overall).toMatchObject({
      suppressed: false,
      respondents: 6,
    });
  });

  it('breaks down a question both sides answer, hiding both sides when one is small', () => {
    const both = (key: string, timing: 'kickoff' | 'final', pairedWith?: string) =>
      surveyTemplateSchema.parse({
        key,
        title: key,
        audienceNote: 'Totals only.',
        timing,
        questions: [
          { id: `${key}_going`, kind: 'likert', prompt: 'Going?', ...(pairedWith ? { pairedWith } : {}) },
        ],
      });
    const before = both('start', 'kickoff');
    const after = both('end', 'final', 'start_going');
    const people = (question: string, mentors: number[], mentees: number[]) => [
      ...mentors.map((v, i) => answers(`junior-${i}`, 'mentor', { [question]: v })),
      ...mentees.map((v, i) => answers(`senior-${i}`, 'mentee', { [question]: v })),
    ];
    const run = (mentors: number, mentees: number) =>
      aggregateChange(
        {
          before,
          beforeResponses: people('start_going', Array(mentors).fill(2), Array(mentees).fill(3)),
          after,
          afterResponses: people('end_going', Array(mentors).fill(4), Array(mentees).fill(3)),
        },
        min5,
      )[0]!;
    const small = run(6, 3);
    expect(small.overall).toMatchObject({
      suppressed: false,
      respondents: 9,
      meanChange: 1.33,
      improved: 67,
    });
    expect(small.bySide?.mentee).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(small.bySide?.mentor).toMatchObject({ suppressed: true, reason: 'complementary' });
    const even = run(5, 5);
    expect(even.bySide?.mentor).toMatchObject({ suppressed: false, meanChange: 2, improved: 100 });
    expect(even.bySide?.mentee).toMatchObject({ suppressed: false, meanChange: 0, unchanged: 100 });
  });

  it('never shows a change for fewer than the minimum, nor beside a small group who answered only one survey', () => {
    const person = fc.record({
      before: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      after: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 20 }),
        fc.integer({ min: 1, max: 8 }),
        (people, minGroupSize) => {
          const beforeResponses = people.flatMap((p, i) =>
            p.before === undefined
              ? []
              : [answers(`s${i}`, 'mentee', { kickoff_digital_confidence: p.before })],
          );
          const afterResponses = people.flatMap((p, i) =>
            p.after === undefined ? [] : [answers(`s${i}`, 'mentee', { final_digital_confidence: p.after })],
          );
          const figure = digital(change(beforeResponses, afterResponses, { minGroupSize })).overall;
          const both = people.filter((p) => p.before !== undefined && p.after !== undefined).length;
          const onlyBefore = beforeResponses.length - both;
          const onlyAfter = afterResponses.length - both;
          if (!figure.suppressed) {
            expect(figure.respondents).toBe(both);
            expect(both).toBeGreaterThanOrEqual(minGroupSize);
            for (const remainder of [onlyBefore, onlyAfter])
              expect(remainder === 0 || remainder >= minGroupSize).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
