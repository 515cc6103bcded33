import { z } from 'zod';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import {
  type QuestionKind,
  type QuestionOfKind,
  questionsForSide,
  type RespondentSide,
  type SurveyQuestion,
  type SurveyTemplate,
} from '#core/surveys/survey-template';

/**
 * A written answer, whether its author lets HR read it (never sponsors), and whether HR may quote it
 * without their name in the impact report (`mayQuote`, only on quotable questions; absent in answers
 * saved before quoting existed, which reads as no).
 */
export type TextAnswer = {
  readonly text: string;
  readonly shareWithHr: boolean;
  readonly mayQuote?: boolean;
};
export type AnswerValue = number | string | readonly string[] | TextAnswer;
/** One person's checked answers, by question id; unanswered optional questions are absent. */
export type SurveyAnswers = Readonly<Record<string, AnswerValue>>;

const TEXT_LIMITS = { short_text: 200, long_text: 4000 } as const;

const textAnswer = (q: QuestionOfKind<'short_text' | 'long_text'>) =>
  z
    .object({
      text: z
        .string({ error: 'Write your answer as text.' })
        .trim()
        .max(TEXT_LIMITS[q.kind], `Keep it under ${TEXT_LIMITS[q.kind].toLocaleString('en-GB')} characters.`),
      shareWithHr: z
        .boolean({ error: 'Say whether HR may read this answer.' })
        .default(false)
        .refine((share) => q.shareableWithHr || !share, 'Answers to this question are never shared with HR.'),
      mayQuote: z
        .boolean({ error: 'Say whether your answer may be quoted.' })
        .default(false)
        .refine((quote) => q.quotable || !quote, 'Answers to this question are never quoted.'),
    })
    .refine((a) => !a.mayQuote || a.shareWithHr, {
      message: 'To be quoted, HR must be allowed to read this answer: tick that box too.',
      path: ['mayQuote'],
    })
    // Only quotable questions carry the quoting choice, so other answers keep their stored shape.
    .transform((a) => (q.quotable ? a : { text: a.text, shareWithHr: a.shareWithHr }));

/** Whether a stored answer is a written one its author agreed HR may quote (older answers: no). */
export function isQuotable(value: unknown): value is TextAnswer & { mayQuote: true } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    value.text.trim() !== '' &&
    'mayQuote' in value &&
    value.mayQuote === true &&
    'shareWithHr' in value &&
    value.shareWithHr === true
  );
}

const scale = (from: number, to: number) =>
  z
    .number({ error: `Pick a number from ${from} to ${to}.` })
    .int(`Pick a number from ${from} to ${to}.`)
    .min(from, `Pick a number from ${from} to ${to}.`)
    .max(to, `Pick a number from ${from} to ${to}.`);

/** The answer shape of each kind (no kind-switch: each kind declares its own). */
const ANSWER_SCHEMAS: { readonly [K in QuestionKind]: (q: QuestionOfKind<K>) => z.ZodType } = {
  likert: () => scale(1, 5),
  nps: () => scale(0, 10),
  single_choice: (q) => z.enum(q.options as [string, ...string[]], { error: 'Pick one of the choices.' }),
  multiple_choice: (q) =>
    z
      .array(z.enum(q.options as [string, ...string[]], { error: 'Pick from the choices.' }))
      .refine((picked) => new Set(picked).size === picked.length, 'Pick each choice once.'),
  short_text: textAnswer,
  long_text: textAnswer,
};

function answerSchema(q: SurveyQuestion): z.ZodType {
  return (ANSWER_SCHEMAS[q.kind] as (q: SurveyQuestion) => z.ZodType)(q);
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'text' in value)
    return typeof value.text === 'string' && !value.text.trim();
  return false;
}

/**
 * Checks one person's answers to a survey for their side. Issues name the question as
 * ['answers', questionId, ...]; unknown questions and the other side's questions are refused, missing
 * required answers are named, and blank optional answers are dropped.
 */
export function checkSurveyAnswers(
  template: SurveyTemplate,
  side: RespondentSide,
  raw: Readonly<Record<string, unknown>>,
): Result<SurveyAnswers> {
  const questions = questionsForSide(template, side);
  const byId = new Set(questions.map((q) => q.id));
  const issues: Issue[] = Object.keys(raw)
    .filter((id) => !byId.has(id))
    .map((id) => issue('unknown_question', 'This question is not on your survey.', ['answers', id]));
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const value = raw[q.id];
    if (isBlank(value)) {
      if (q.required) issues.push(issue('required', 'Please answer this question.', ['answers', q.id]));
      continue;
    }
    const parsed = answerSchema(q).safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issues.push(
          issue(i.code, i.message, [
            'answers',
            q.id,
            ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          ]),
        );
      continue;
    }
    answers[q.id] = parsed.data as AnswerValue;
  }
  return issues.length ? fail(issues) : ok(answers);
}
