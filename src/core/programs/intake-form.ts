import { z } from 'zod';

/**
 * The intake form: per-program questions (DOMAIN.md step 2). A question declares its kind, which side
 * answers it, and whether it is sensitive. Sensitive questions (background attributes) are always
 * optional, always offer "Prefer not to say", are never shown to other participants, and are used in
 * matching only with the person's separate, explicit consent.
 */
export const QUESTION_KINDS = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'scale',
  'skills',
  'availability',
  'meeting_mode',
  'yes_no',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const PREFER_NOT_TO_SAY = 'Prefer not to say';
export const SIDES = ['mentor', 'mentee', 'both'] as const;

const CHOICE_KINDS: readonly QuestionKind[] = ['single_choice', 'multiple_choice'];
const SENSITIVE_KINDS: readonly QuestionKind[] = ['short_text', 'single_choice', 'multiple_choice'];

export const questionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and underscores for the question id.'),
    kind: z.enum(QUESTION_KINDS),
    label: z.string().trim().min(1, 'Write the question.').max(300),
    help: z.string().trim().max(1000).default(''),
    side: z.enum(SIDES).default('both'),
    required: z.boolean().default(false),
    sensitive: z.boolean().default(false),
    options: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  })
  .superRefine((q, ctx) => {
    if (CHOICE_KINDS.includes(q.kind) && q.options.filter((o) => o !== PREFER_NOT_TO_SAY).length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give at least two choices.' });
    }
    if (new Set(q.options.map((o) => o.toLowerCase())).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Each choice must be different.' });
    }
    if (q.sensitive && !SENSITIVE_KINDS.includes(q.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sensitive'],
        message: 'Only text and choice questions can be sensitive.',
      });
    }
  })
  .transform((q) =>
    // Sensitive answers are never required, and a choice always offers "Prefer not to say".
    q.sensitive
      ? {
          ...q,
          required: false,
          options:
            CHOICE_KINDS.includes(q.kind) && !q.options.includes(PREFER_NOT_TO_SAY)
              ? [...q.options, PREFER_NOT_TO_SAY]
              : q.options,
        }
      : q,
  );

export const intakeFormSchema = z
  .array(questionSchema)
  .max(60, 'A form can have at most 60 questions.')
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, index) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `The id "${q.id}" is used twice.` });
      seen.add(q.id);
    });
  });

export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type IntakeForm = z.output<typeof intakeFormSchema>;
export type Side = 'mentor' | 'mentee';

/** The questions one side answers, in order. */
export function questionsFor(form: IntakeForm, side: Side): Question[] {
  return form.filter((q) => q.side === 'both' || q.side === side);
}
