import type { QuestionKind } from '#core/surveys/survey-template';
import type { SurveyQuestion, SurveyStatus } from './check-in-types';

export const kindLabels: Record<QuestionKind, string> = {
  likert: 'Scale from 1 to 5',
  nps: 'Recommend score from 0 to 10',
  single_choice: 'One choice',
  multiple_choice: 'Several choices',
  short_text: 'Short answer',
  long_text: 'Written answer',
};

export const statusLabels: Record<SurveyStatus, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'gray' },
  open: { label: 'Open', color: 'teal' },
  closed: { label: 'Closed', color: 'dark' },
};

/** The numbers each scale offers, lowest first. */
export const SCALE_RANGE = { likert: [1, 5], nps: [0, 10] } as const;

export function scaleValues(kind: keyof typeof SCALE_RANGE): number[] {
  const [low, high] = SCALE_RANGE[kind];
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** "1 · Not well" at the ends of a scale, the bare number in between. */
export function scaleValueLabel(question: SurveyQuestion | undefined, value: number): string {
  if (!question || !('lowLabel' in question)) return String(value);
  const [low, high] = SCALE_RANGE[question.kind];
  if (value === low) return `${value} · ${question.lowLabel}`;
  if (value === high) return `${value} · ${question.highLabel}`;
  return String(value);
}
