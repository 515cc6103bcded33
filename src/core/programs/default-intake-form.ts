import { type IntakeForm, intakeFormSchema, type QuestionInput } from '#core/programs/intake-form';

/** The reverse-mentoring intake form that ships with the product; HR edits it per program. */
const QUESTIONS: QuestionInput[] = [
  {
    id: 'skills',
    kind: 'skills',
    label: 'What can you teach, and what do you want to learn?',
    help: 'Both sides teach in reverse mentoring. Pick from the list or add your own, with your level from 1 (beginner) to 5 (expert).',
    required: true,
  },
  {
    id: 'goals',
    kind: 'long_text',
    label: 'What do you hope to get from this program?',
    required: true,
  },
  {
    id: 'mentor_perspective',
    kind: 'long_text',
    side: 'mentor',
    label: 'What would you most like senior leaders to understand about your work or your generation?',
  },
  {
    id: 'mentee_challenge',
    kind: 'long_text',
    side: 'mentee',
    label: 'Which decisions or parts of your work could a junior colleague’s perspective help with?',
  },
  {
    id: 'availability',
    kind: 'availability',
    label: 'When are you usually free for a one-hour meeting?',
    help: 'Weekly time slots in your own time zone.',
    required: true,
  },
  { id: 'meeting_mode', kind: 'meeting_mode', label: 'How would you like to meet?', required: true },
  {
    id: 'languages',
    kind: 'short_text',
    label: 'Which languages are you comfortable meeting in?',
    help: 'For example: English, Portuguese.',
  },
  {
    id: 'career_stage',
    kind: 'scale',
    side: 'mentor',
    label: 'How confident do you feel sharing your views with senior leaders today?',
    help: '1 = not at all, 5 = completely.',
  },
  {
    id: 'generation',
    kind: 'single_choice',
    label: 'Which generation do you belong to?',
    help: 'Optional. Used only to bring different perspectives together, and only if you agree below.',
    sensitive: true,
    options: ['Gen Z', 'Millennial', 'Gen X', 'Baby boomer'],
  },
  {
    id: 'gender',
    kind: 'single_choice',
    label: 'How do you describe your gender?',
    help: 'Optional. Never shown to your partner or in any report with fewer than five people.',
    sensitive: true,
    options: ['Woman', 'Man', 'Non-binary', 'In another way'],
  },
  {
    id: 'under_represented',
    kind: 'single_choice',
    label: 'Do you identify as a member of an under-represented group at work?',
    help: 'Optional. Helps HR avoid asking too much of the same few people.',
    sensitive: true,
    options: ['Yes', 'No'],
  },
  {
    id: 'ground_rules',
    kind: 'yes_no',
    label: 'I agree to the program’s ground rules, including confidentiality.',
    required: true,
  },
];

export function defaultIntakeForm(): IntakeForm {
  return intakeFormSchema.parse(QUESTIONS);
}
