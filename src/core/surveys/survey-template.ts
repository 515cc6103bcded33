import { z } from 'zod';
import { type Issue, issue } from '#core/result';

/**
 * A check-in survey (issue 7): who answers which question, when in the program it is sent, and what
 * respondents are told about who will see their answers (`audienceNote`, shown above the questions).
 *
 * Numeric questions (`likert` 1–5, `nps` 0–10) may be `pairedWith` the id of a question asked earlier
 * (in a survey with an earlier timing) to measure change: "before" at kickoff, "after" at the final
 * review. Text questions say whether HR may ever read the answers (`shareableWithHr`); if so, the
 * respondent ticks `hrConsentPrompt` per answer, and only ticked answers reach HR (never sponsors).
 * A text question HR may read may also be `quotable`: the respondent then sees a second box,
 * `quoteConsentPrompt`, and HR may quote a ticked answer, without its author's name, in the program's
 * impact report for HR (never in the sponsor's).
 */
export const SURVEY_TIMINGS = ['kickoff', 'per_meeting', 'midpoint', 'final'] as const;
export type SurveyTiming = (typeof SURVEY_TIMINGS)[number];

export const QUESTION_SIDES = ['mentor', 'mentee', 'both'] as const;
export type QuestionSide = (typeof QUESTION_SIDES)[number];
export const RESPONDENT_SIDES = ['mentor', 'mentee'] as const;
export type RespondentSide = (typeof RESPONDENT_SIDES)[number];

export const DEFAULT_HR_CONSENT_PROMPT = 'HR may read this answer (shown without my name).';
export const DEFAULT_QUOTE_CONSENT_PROMPT =
  "You may quote this in the program's impact report, without my name.";

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and underscores (at most 40).');
const words = (max: number, empty: string) => z.string().trim().min(1, empty).max(max);

const common = {
  id: slug,
  side: z.enum(QUESTION_SIDES).default('both'),
  prompt: words(300, 'Write the question.'),
  help: z.string().trim().max(1000).default(''),
  required: z.boolean().default(false),
};
const scaleEnds = (low: string, high: string) => ({
  lowLabel: words(60, 'Label the lowest answer.').default(low),
  highLabel: words(60, 'Label the highest answer.').default(high),
  pairedWith: slug.optional(),
});
const choices = {
  options: z.array(words(100, 'Write the choice.')).min(2, 'Give at least two choices.').max(20),
};
const consent = {
  shareableWithHr: z.boolean().default(true),
  hrConsentPrompt: words(200, 'Write the consent question.').default(DEFAULT_HR_CONSENT_PROMPT),
  quotable: z.boolean().default(false),
  quoteConsentPrompt: words(200, 'Write the consent question.').default(DEFAULT_QUOTE_CONSENT_PROMPT),
};

export const surveyQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('likert'), ...common, ...scaleEnds('Not at all', 'Completely') }),
  z.object({ kind: z.literal('nps'), ...common, ...scaleEnds('Not at all likely', 'Extremely likely') }),
  z.object({ kind: z.literal('single_choice'), ...common, ...choices }),
  z.object({ kind: z.literal('multiple_choice'), ...common, ...choices }),
  z.object({ kind: z.literal('short_text'), ...common, ...consent }),
  z.object({ kind: z.literal('long_text'), ...common, ...consent }),
]);

export type SurveyQuestion = z.output<typeof surveyQuestionSchema>;
export type SurveyQuestionInput = z.input<typeof surveyQuestionSchema>;
export type QuestionKind = SurveyQuestion['kind'];
export type QuestionOfKind<K extends QuestionKind> = Extract<SurveyQuestion, { kind: K }>;

export const surveyTemplateSchema = z
  .object({
    key: slug,
    title: words(120, 'Give the survey a title.'),
    intro: z.string().trim().max(2000).default(''),
    audienceNote: words(2000, 'Tell respondents who will see their answers.'),
    timing: z.enum(SURVEY_TIMINGS),
    questions: z.array(surveyQuestionSchema).min(1, 'Add at least one question.').max(40),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.questions.forEach((q, index) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `The id "${q.id}" is used twice.`,
        });
      seen.add(q.id);
      if ('quotable' in q && q.quotable && !q.shareableWithHr)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'quotable'],
          message: 'To quote answers, HR must be allowed to read them: let HR read this question first.',
        });
      if ('options' in q && new Set(q.options.map((o) => o.toLowerCase())).size !== q.options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'options'],
          message: 'Each choice must be different.',
        });
    });
  });

export type SurveyTemplate = z.output<typeof surveyTemplateSchema>;
export type SurveyTemplateInput = z.input<typeof surveyTemplateSchema>;

/** The questions one side answers, in order. */
export function questionsForSide(template: SurveyTemplate, side: RespondentSide): SurveyQuestion[] {
  return template.questions.filter((q) => q.side === 'both' || q.side === side);
}

/** The numeric questions that measure change against an earlier question. */
export function pairedQuestions(template: SurveyTemplate): QuestionOfKind<'likert' | 'nps'>[] {
  return template.questions.filter(
    (q): q is QuestionOfKind<'likert' | 'nps'> =>
      (q.kind === 'likert' || q.kind === 'nps') && q.pairedWith !== undefined,
  );
}

const TIMING_ORDER: Readonly<Record<SurveyTiming, number>> = {
  kickoff: 0,
  per_meeting: 1,
  midpoint: 2,
  final: 3,
};

/**
 * Checks a set of surveys used together: keys and question ids are unique across the set, and each
 * `pairedWith` names a question of the same kind and side in a survey sent earlier (not per meeting).
 */
export function checkSurveySet(templates: readonly SurveyTemplate[]): Issue[] {
  const issues: Issue[] = [];
  const owner = new Map<string, { template: SurveyTemplate; question: SurveyQuestion }>();
  const keys = new Set<string>();
  templates.forEach((template, t) => {
    if (keys.has(template.key))
      issues.push(issue('duplicate', `The survey key "${template.key}" is used twice.`, [t, 'key']));
    keys.add(template.key);
    template.questions.forEach((question, q) => {
      if (owner.has(question.id))
        issues.push(
          issue('duplicate', `The id "${question.id}" is used in two surveys.`, [t, 'questions', q, 'id']),
        );
      else owner.set(question.id, { template, question });
    });
  });
  templates.forEach((template, t) => {
    template.questions.forEach((question, q) => {
      if (!('pairedWith' in question) || question.pairedWith === undefined) return;
      const path = [t, 'questions', q, 'pairedWith'];
      const before = owner.get(question.pairedWith);
      if (!before) issues.push(issue('not_found', 'The earlier question does not exist.', path));
      else if (before.question.kind !== question.kind || before.question.side !== question.side)
        issues.push(issue('invalid', 'Pair a question with one of the same kind, for the same side.', path));
      else if (
        template.timing === 'per_meeting' ||
        before.template.timing === 'per_meeting' ||
        TIMING_ORDER[before.template.timing] >= TIMING_ORDER[template.timing]
      )
        issues.push(issue('invalid', 'Pair a question with one asked in an earlier survey.', path));
    });
  });
  return issues;
}
