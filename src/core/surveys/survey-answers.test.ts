import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { checkSurveyAnswers } from '#core/surveys/survey-answers';
import { surveyTemplateSchema } from '#core/surveys/survey-template';

const survey = surveyTemplateSchema.parse({
  key: 'check_in',
  title: 'Check-in',
  audienceNote: 'HR sees totals only.',
  timing: 'midpoint',
  questions: [
    { id: 'going', kind: 'likert', prompt: 'How is it going?', required: true },
    { id: 'recommend', kind: 'nps', prompt: 'Recommend?' },
    { id: 'often', kind: 'single_choice', prompt: 'How often?', options: ['Too rarely', 'About right'] },
    { id: 'topics', kind: 'multiple_choice', prompt: 'Topics?', options: ['AI', 'Social media', 'Strategy'] },
    { id: 'senior_only', kind: 'likert', side: 'mentee', prompt: 'Confident?' },
    { id: 'learned', kind: 'long_text', prompt: 'What did you learn?' },
    { id: 'diary', kind: 'short_text', prompt: 'One word?', shareableWithHr: false },
    { id: 'tell', kind: 'long_text', prompt: 'Tell a colleague?', quotable: true },
  ],
});

describe('checkSurveyAnswers', () => {
  it('accepts a full set and keeps each text answer with its HR consent', () => {
    const result = checkSurveyAnswers(survey, 'mentee', {
      going: 4,
      recommend: 0,
      often: 'About right',
      topics: ['AI', 'Strategy'],
      senior_only: 5,
      learned: { text: '  How TikTok works  ', shareWithHr: true },
      diary: { text: 'Curious', shareWithHr: false },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        going: 4,
        recommend: 0,
        often: 'About right',
        topics: ['AI', 'Strategy'],
        senior_only: 5,
        learned: { text: 'How TikTok works', shareWithHr: true },
        diary: { text: 'Curious', shareWithHr: false },
      },
    });
  });

  it('treats a missing consent tick as "no", and drops blank optional answers', () => {
    const result = checkSurveyAnswers(survey, 'mentor', {
      going: 3,
      learned: { text: 'Patience' },
      diary: { text: '   ', shareWithHr: false },
      topics: [],
      often: '',
    });
    expect(result).toEqual({
      ok: true,
      value: { going: 3, learned: { text: 'Patience', shareWithHr: false } },
    });
  });

  it('keeps the consent to be quoted on quotable questions only, a missing tick as "no"', () => {
    const result = checkSurveyAnswers(survey, 'mentor', {
      going: 4,
      tell: { text: ' Worth it. ', shareWithHr: true, mayQuote: true },
      learned: { text: 'Patience', shareWithHr: true },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        going: 4,
        tell: { text: 'Worth it.', shareWithHr: true, mayQuote: true },
        learned: { text: 'Patience', shareWithHr: true },
      },
    });
    expect(checkSurveyAnswers(survey, 'mentor', { going: 4, tell: { text: 'Yes' } })).toEqual({
      ok: true,
      value: { going: 4, tell: { text: 'Yes', shareWithHr: false, mayQuote: false } },
    });
  });

  it('refuses consent to be quoted on a question that is never quoted, or without letting HR read it', () => {
    const result = checkSurveyAnswers(survey, 'mentor', {
      going: 4,
      learned: { text: 'Patience', shareWithHr: true, mayQuote: true },
      tell: { text: 'Worth it.', shareWithHr: false, mayQuote: true },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['answers.learned.mayQuote', 'Answers to this question are never quoted.'],
      ['answers.tell.mayQuote', 'To be quoted, HR must be allowed to read this answer: tick that box too.'],
    ]);
  });

  it('names each wrong answer under answers.<question id>', () => {
    const result = checkSurveyAnswers(survey, 'mentor', {
      recommend: 11,
      often: 'Never',
      topics: ['AI', 'AI'],
      senior_only: 3,
      learned: { text: 'x'.repeat(4001), shareWithHr: true },
      diary: { text: 'Secret', shareWithHr: true },
      nope: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path.join('.'))).toEqual([
      'answers.senior_only',
      'answers.nope',
      'answers.going',
      'answers.recommend',
      'answers.often',
      'answers.topics',
      'answers.learned.text',
      'answers.diary.shareWithHr',
    ]);
    const messages = Object.fromEntries(result.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages['answers.going']).toBe('Please answer this question.');
    expect(messages['answers.recommend']).toBe('Pick a number from 0 to 10.');
    expect(messages['answers.senior_only']).toBe('This question is not on your survey.');
    expect(messages['answers.diary.shareWithHr']).toBe('Answers to this question are never shared with HR.');
  });

  it('refuses 1–5 answers outside the scale or not whole', () => {
    for (const going of [0, 6, 2.5, '3'])
      expect(checkSurveyAnswers(survey, 'mentor', { going }).ok, `going = ${going}`).toBe(false);
    expect(checkSurveyAnswers(survey, 'mentor', { going: 1 }).ok).toBe(true);
    expect(checkSurveyAnswers(survey, 'mentor', { going: 5 }).ok).toBe(true);
  });

  it('requires the default final review answers each side must give', () => {
    const final = defaultSurveys().find((s) => s.key === 'final_review')!;
    const result = checkSurveyAnswers(final, 'mentor', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path[1])).toEqual([
      'final_visibility',
      'final_voice_confidence',
      'final_leadership',
      'final_going',
      'final_continue',
      'final_recommend',
    ]);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('going', 'topics', 'learned', 'x'), fc.anything()), (raw) => {
        const result = checkSurveyAnswers(survey, 'mentor', raw);
        if (!result.ok) expect(result.issues.every((i) => i.path[0] === 'answers')).toBe(true);
      }),
    );
  });
});
