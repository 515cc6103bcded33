import type { QuestionKind } from '#core/programs/intake-form';

export const kindLabels: Record<QuestionKind, string> = {
  short_text: 'Short answer',
  long_text: 'Paragraph',
  single_choice: 'One choice',
  multiple_choice: 'Several choices',
  scale: 'Scale from 1 to 5',
  skills: 'Skills to teach and learn',
  availability: 'Weekly availability',
  meeting_mode: 'Meeting mode',
  yes_no: 'Yes or no',
};

export const questionSideLabels = { mentor: 'Mentors', mentee: 'Mentees', both: 'Both sides' } as const;

export const CHOICE_KINDS: readonly QuestionKind[] = ['single_choice', 'multiple_choice'];
/** The kinds that may be marked sensitive (background attributes). */
export const SENSITIVE_KINDS: readonly QuestionKind[] = ['short_text', 'single_choice', 'multiple_choice'];

export const meetingModeLabels = { in_person: 'In person', video: 'Video call', either: 'Either' } as const;

export const dayLabels = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;
export type Day = keyof typeof dayLabels;

export const SENSITIVE_EXPLANATION =
  'Sensitive questions ask about background (such as gender, ethnicity, generation or disability). They are always optional and offer “Prefer not to say”, are never shown to other participants, and are used in matching only if the person agrees.';
