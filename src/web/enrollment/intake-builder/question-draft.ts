import { type Question, questionSchema } from '#core/programs/intake-form';

/** A question id from its label: lower-case words joined by underscores, unique within the form. */
export function questionIdFor(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 4);
  let base = words.join('_').slice(0, 34) || 'question';
  if (!/^[a-z]/.test(base)) base = `q_${base}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
  return id;
}

export function blankQuestion(): Question {
  return {
    id: '',
    kind: 'short_text',
    label: '',
    help: '',
    side: 'both',
    required: false,
    sensitive: false,
    options: [],
  };
}

/** Checks a question with the server's own schema; errors keyed by field (label, options, sensitive). */
export function checkQuestion(
  question: Question,
): { ok: true; value: Question } | { ok: false; errors: Record<string, string> } {
  const parsed = questionSchema.safeParse(question);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'label');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
