import { describe, expect, it } from 'vitest';
import { checkQuoteChoice, quoteCandidates, resolveQuotes } from '#core/impact/report-quotes';
import { surveyTemplateSchema } from '#core/surveys/survey-template';

const template = surveyTemplateSchema.parse({
  key: 'final_review',
  title: 'Final review',
  audienceNote: 'HR sees totals only.',
  timing: 'final',
  questions: [
    { id: 'going', kind: 'likert', prompt: 'How did it go?' },
    { id: 'learned', kind: 'long_text', prompt: 'What did you learn?' },
    { id: 'tell', kind: 'long_text', prompt: 'Tell a colleague?', quotable: true },
  ],
});
const response = (responseId: string, side: 'mentor' | 'mentee', answers: Record<string, unknown>) => ({
  responseId,
  side,
  template,
  answers,
});
const RESPONSES = [
  response('r1', 'mentor', {
    going: 5,
    learned: { text: 'Not quotable', shareWithHr: true, mayQuote: true },
    tell: { text: ' Worth it. ', shareWithHr: true, mayQuote: true },
  }),
  response('r2', 'mentee', { tell: { text: 'HR only', shareWithHr: true, mayQuote: false } }),
  response('r3', 'mentee', { tell: { text: 'Old answer', shareWithHr: true } }),
  response('r4', 'mentee', { tell: { text: 'Fresh eyes.', shareWithHr: true, mayQuote: true } }),
  response('r5', 'mentor', { tell: { text: 'Not for HR', shareWithHr: false, mayQuote: true } }),
];

describe('quotes for the impact report', () => {
  const candidates = quoteCandidates(RESPONSES);

  it('offers only consented answers to quotable questions, with side and prompt, never the author', () => {
    expect(candidates).toEqual([
      {
        responseId: 'r1',
        questionId: 'tell',
        prompt: 'Tell a colleague?',
        side: 'mentor',
        text: 'Worth it.',
      },
      {
        responseId: 'r4',
        questionId: 'tell',
        prompt: 'Tell a colleague?',
        side: 'mentee',
        text: 'Fresh eyes.',
      },
    ]);
  });

  it('resolves HR’s choice in HR’s order, dropping quotes no longer consented and repeats', () => {
    const chosen = [
      { responseId: 'r4', questionId: 'tell' },
      { responseId: 'r2', questionId: 'tell' },
      { responseId: 'r1', questionId: 'tell' },
      { responseId: 'r4', questionId: 'tell' },
    ];
    expect(resolveQuotes(chosen, candidates).map((q) => q.text)).toEqual(['Fresh eyes.', 'Worth it.']);
  });

  it('refuses a choice that is not a current candidate, or chosen twice, at its place', () => {
    const result = checkQuoteChoice(
      [
        { responseId: 'r1', questionId: 'tell' },
        { responseId: 'r2', questionId: 'tell' },
        { responseId: 'r1', questionId: 'learned' },
        { responseId: 'r1', questionId: 'tell' },
      ],
      candidates,
    );
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toEqual([
      ['not_quotable', ['quotes', 1]],
      ['not_quotable', ['quotes', 2]],
      ['duplicate', ['quotes', 3]],
    ]);
    expect(checkQuoteChoice([{ responseId: 'r4', questionId: 'tell' }], candidates)).toEqual({
      ok: true,
      value: [{ responseId: 'r4', questionId: 'tell' }],
    });
  });
});
