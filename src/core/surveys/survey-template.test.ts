import { describe, expect, it } from 'vitest';
import { defaultSurveys, GOING_QUESTION_IDS } from '#core/surveys/default-surveys';
import {
  checkSurveySet,
  pairedQuestions,
  questionsForSide,
  type SurveyTemplate,
  type SurveyTemplateInput,
  surveyTemplateSchema,
} from '#core/surveys/survey-template';

const surveys = defaultSurveys();
const byKey = (key: string) => surveys.find((s) => s.key === key)!;
const ids = (template: SurveyTemplate, side: 'mentor' | 'mentee') =>
  questionsForSide(template, side).map((q) => q.id);

const template = (questions: SurveyTemplateInput['questions'], extra: Partial<SurveyTemplateInput> = {}) =>
  surveyTemplateSchema.parse({
    key: 'k',
    title: 'T',
    audienceNote: 'Only HR.',
    timing: 'kickoff',
    questions,
    ...extra,
  });

describe('the survey template schema', () => {
  it('refuses duplicate ids, duplicate choices, one-choice questions and a missing audience note', () => {
    const result = surveyTemplateSchema.safeParse({
      key: 'k',
      title: 'T',
      audienceNote: '  ',
      timing: 'midpoint',
      questions: [
        { id: 'a', kind: 'likert', prompt: 'A?' },
        { id: 'a', kind: 'single_choice', prompt: 'B?', options: ['Yes', 'yes'] },
        { id: 'c', kind: 'multiple_choice', prompt: 'C?', options: ['Only'] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining([
        'audienceNote',
        'questions.1.id',
        'questions.1.options',
        'questions.2.options',
      ]),
    );
  });

  it('gives scales their end labels, makes questions optional for both sides, and lets HR read text only with consent', () => {
    const t = template([
      { id: 'n', kind: 'nps', prompt: 'Recommend?' },
      { id: 't', kind: 'long_text', prompt: 'Anything else?' },
    ]);
    expect(t.questions[0]).toMatchObject({ side: 'both', required: false, lowLabel: 'Not at all likely' });
    expect(t.questions[1]).toMatchObject({
      shareableWithHr: true,
      hrConsentPrompt: expect.stringContaining('HR may read'),
    });
  });

  it('makes text questions unquotable by default, and refuses a quotable question HR may not read', () => {
    const t = template([
      { id: 't', kind: 'long_text', prompt: 'Anything else?' },
      { id: 'q', kind: 'short_text', prompt: 'In a word?', quotable: true },
    ]);
    expect(t.questions[0]).toMatchObject({ quotable: false });
    expect(t.questions[1]).toMatchObject({
      quotable: true,
      quoteConsentPrompt: "You may quote this in the program's impact report, without my name.",
    });
    const refused = surveyTemplateSchema.safeParse({
      key: 'k',
      title: 'T',
      audienceNote: 'Only HR.',
      timing: 'final',
      questions: [{ id: 'q', kind: 'long_text', prompt: 'Q?', quotable: true, shareableWithHr: false }],
    });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'questions.0.quotable',
        'To quote answers, HR must be allowed to read them: let HR read this question first.',
      ],
    ]);
  });

  it('accepts pairedWith only on scales', () => {
    const result = surveyTemplateSchema.safeParse({
      key: 'k',
      title: 'T',
      audienceNote: 'x',
      timing: 'final',
      questions: [{ id: 't', kind: 'short_text', prompt: 'Why?', pairedWith: 'x' }],
    });
    expect(result.success).toBe(true);
    expect(result.data?.questions[0]).not.toHaveProperty('pairedWith');
  });
});

describe('checkSurveySet', () => {
  const before = template([{ id: 'conf_before', kind: 'likert', side: 'mentee', prompt: 'Confident?' }]);

  it('accepts a final question paired with a kickoff one of the same kind and side', () => {
    const after = template(
      [{ id: 'conf_after', kind: 'likert', side: 'mentee', prompt: 'Confident?', pairedWith: 'conf_before' }],
      { key: 'after', timing: 'final' },
    );
    expect(checkSurveySet([before, after])).toEqual([]);
  });

  it('refuses pairs with a missing, later, other-side or other-kind question, and ids used twice', () => {
    const bad = template(
      [
        { id: 'missing', kind: 'likert', side: 'mentee', prompt: '?', pairedWith: 'nope' },
        { id: 'other_side', kind: 'likert', side: 'mentor', prompt: '?', pairedWith: 'conf_before' },
        { id: 'other_kind', kind: 'nps', side: 'mentee', prompt: '?', pairedWith: 'conf_before' },
        { id: 'conf_before', kind: 'likert', prompt: '?' },
      ],
      { key: 'after', timing: 'final' },
    );
    const earlier = template(
      [{ id: 'later', kind: 'likert', side: 'mentee', prompt: '?', pairedWith: 'conf_before' }],
      {
        key: 'same_time',
      },
    );
    const issues = checkSurveySet([before, bad, earlier]);
    expect(issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      '1.questions.3.id duplicate',
      '1.questions.0.pairedWith not_found',
      '1.questions.1.pairedWith invalid',
      '1.questions.2.pairedWith invalid',
      '2.questions.0.pairedWith invalid',
    ]);
  });
});

describe('the default reverse-mentoring surveys', () => {
  it('are valid together, sent at kickoff, after each meeting, at the midpoint and at the end', () => {
    expect(checkSurveySet(surveys)).toEqual([]);
    expect(surveys.map((s) => s.timing)).toEqual(['kickoff', 'per_meeting', 'midpoint', 'final']);
  });

  it('tell respondents who sees what, with the organisation minimum', () => {
    for (const s of defaultSurveys(8)) {
      expect(s.audienceNote).toContain('at least 8 people');
      expect(s.audienceNote).toMatch(/partner never sees/);
    }
    expect(byKey('kickoff_expectations').audienceNote).toContain('sponsors never see written answers');
  });

  it('ask seniors (mentees) about digital confidence and understanding before and after, and which decisions changed', () => {
    expect(ids(byKey('kickoff_expectations'), 'mentee')).toEqual(
      expect.arrayContaining(['kickoff_digital_confidence', 'kickoff_understanding']),
    );
    const final = byKey('final_review');
    expect(pairedQuestions(final).map((q) => [q.id, q.pairedWith, q.side])).toEqual([
      ['final_digital_confidence', 'kickoff_digital_confidence', 'mentee'],
      ['final_understanding', 'kickoff_understanding', 'mentee'],
      ['final_visibility', 'kickoff_visibility', 'mentor'],
      ['final_voice_confidence', 'kickoff_voice_confidence', 'mentor'],
      ['final_leadership', 'kickoff_leadership', 'mentor'],
    ]);
    expect(ids(final, 'mentee')).toEqual(
      expect.arrayContaining(['final_decisions_changed', 'final_decisions']),
    );
    expect(ids(final, 'mentor')).not.toContain('final_decisions');
  });

  it('ask both sides what they learned, whether to continue, and the one-question pulse', () => {
    for (const side of ['mentor', 'mentee'] as const)
      expect(ids(byKey('final_review'), side)).toEqual(
        expect.arrayContaining(['final_learned', 'final_continue', 'final_recommend', 'final_going']),
      );
    expect(byKey('meeting_pulse').questions).toMatchObject([
      { id: 'pulse_useful', kind: 'likert', side: 'both' },
    ]);
    const testimonial = byKey('final_review').questions.find((q) => q.id === 'final_testimonial');
    expect(testimonial).toMatchObject({
      kind: 'long_text',
      side: 'both',
      quotable: true,
      shareableWithHr: true,
    });
    expect(surveys.flatMap((s) => s.questions).filter((q) => 'quotable' in q && q.quotable)).toHaveLength(1);
    for (const id of GOING_QUESTION_IDS)
      expect(surveys.flatMap((s) => s.questions).find((q) => q.id === id)).toMatchObject({
        kind: 'likert',
        side: 'both',
      });
  });
});
