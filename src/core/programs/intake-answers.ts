import { z } from 'zod';
import type { IntakeForm, Question, QuestionKind, Side } from '#core/programs/intake-form';
import { questionsFor } from '#core/programs/intake-form';
import { fail, type Issue, issue, ok, type Result } from '#core/result';

/** The answer shapes, one per question kind. Skills and availability match the matcher's cohort file. */
const skillLevel = z.object({
  skill: z.string().trim().min(1).max(80),
  level: z.number().int().min(1).max(5),
});
const hhmm = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use a time like 09:30.');

export const skillsAnswerSchema = z.object({
  canTeach: z.array(skillLevel).max(20).default([]),
  wantToLearn: z.array(skillLevel).max(20).default([]),
});
export const availabilityAnswerSchema = z
  .array(
    z
      .object({ day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), from: hhmm, to: hhmm })
      .refine((s) => s.from < s.to, { message: 'A time slot must end after it starts.', path: ['to'] }),
  )
  .max(40);
export const MEETING_MODES = ['in_person', 'video', 'either'] as const;

export type SkillsAnswer = z.output<typeof skillsAnswerSchema>;
export type AvailabilityAnswer = z.output<typeof availabilityAnswerSchema>;

function answerSchema(q: Question): z.ZodType {
  const byKind: Record<QuestionKind, () => z.ZodType> = {
    short_text: () => z.string().trim().max(200, 'Keep it under 200 characters.'),
    long_text: () => z.string().trim().max(4000, 'Keep it under 4,000 characters.'),
    single_choice: () => z.enum(q.options as [string, ...string[]], { error: 'Pick one of the choices.' }),
    multiple_choice: () =>
      z
        .array(z.enum(q.options as [string, ...string[]], { error: 'Pick from the choices.' }))
        .max(q.options.length),
    scale: () =>
      z
        .number({ error: 'Pick a number from 1 to 5.' })
        .int()
        .min(1, 'Pick a number from 1 to 5.')
        .max(5, 'Pick a number from 1 to 5.'),
    skills: () => skillsAnswerSchema,
    availability: () => availabilityAnswerSchema,
    meeting_mode: () => z.enum(MEETING_MODES, { error: 'Pick in person, video or either.' }),
    yes_no: () => z.boolean({ error: 'Answer yes or no.' }),
  };
  return byKind[q.kind]();
}

function isBlank(q: Question, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (q.kind === 'skills') {
    const v = value as Partial<SkillsAnswer>;
    return (v.canTeach?.length ?? 0) + (v.wantToLearn?.length ?? 0) === 0;
  }
  if (q.kind === 'yes_no' && q.required) return value !== true; // a required yes/no is an agreement
  return false;
}

export type SplitAnswers = { answers: Record<string, unknown>; sensitiveAnswers: Record<string, unknown> };

/**
 * Checks one person's answers against the form for their side. Unknown question ids and questions
 * of the other side are refused; blank optional answers are dropped; sensitive answers come back
 * apart so they can be stored apart. `draft` allows missing required answers (save and finish later).
 */
export function checkAnswers(
  form: IntakeForm,
  side: Side,
  raw: Record<string, unknown>,
  options: { draft?: boolean } = {},
): Result<SplitAnswers> {
  const questions = questionsFor(form, side);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const issues: Issue[] = Object.keys(raw)
    .filter((id) => !byId.has(id))
    .map((id) => issue('unknown_question', 'This question is not on your form.', [id]));
  const result: SplitAnswers = { answers: {}, sensitiveAnswers: {} };
  for (const q of questions) {
    const value = raw[q.id];
    if (isBlank(q, value)) {
      if (q.required && !options.draft)
        issues.push(issue('required', 'Please answer this question.', [q.id]));
      continue;
    }
    const parsed = answerSchema(q).safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issues.push(
          issue(i.code, i.message, [q.id, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]),
        );
      continue;
    }
    (q.sensitive ? result.sensitiveAnswers : result.answers)[q.id] = parsed.data;
  }
  return issues.length ? fail(issues) : ok(result);
}
