import type { MeetingMode, Objective } from './pairing-types';

/** Plain words for the matcher's criteria, in the order HR reads them. */
export const criterionLabels: Record<string, string> = {
  skills: 'Skills, both ways',
  seniority: 'Seniority gap',
  perspective: 'Different perspectives',
  availability: 'Shared availability',
  meetingMode: 'Meeting mode',
  language: 'Common language',
  preferences: 'Stated preferences',
};

/** The matcher's own defaults, used before a first run tells us the weights it used. */
export const defaultWeights: Record<string, number> = {
  skills: 40,
  seniority: 10,
  perspective: 20,
  availability: 15,
  meetingMode: 5,
  language: 10,
  preferences: 15,
};

export const meetingModeLabels: Record<MeetingMode, string> = {
  in_person: 'In person',
  video: 'Video call',
  either: 'In person or video',
};

export const objectiveLabels: Record<Objective, string> = {
  'most-pairs': 'Most pairs',
  'highest-total': 'Highest scores only',
};

export function criterionLabel(key: string): string {
  return criterionLabels[key] ?? key;
}

/** 0.8 → "80%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The server's sentences may start in lower case ("both want to learn…"); show them as sentences. */
export function sentence(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
