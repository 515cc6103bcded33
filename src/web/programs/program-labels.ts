import type { Phase } from '#core/programs/program-phase';
import type { EnrollmentMode, ProgramType } from '#core/programs/program-settings';

/** Plain words for the program's enumerations, shared by the form, the overview and the lists. */
export const typeLabels: Record<ProgramType, string> = {
  reverse: 'Reverse mentoring',
  traditional: 'Traditional mentoring',
  peer: 'Peer mentoring',
  group: 'Group mentoring',
};

export const typeDescriptions: Record<ProgramType, string> = {
  reverse: 'Junior colleagues mentor senior leaders; both sides teach something in every meeting.',
  traditional: 'Experienced colleagues mentor less experienced ones.',
  peer: 'Colleagues at a similar level learn from each other.',
  group: 'One mentor meets with several people, or a small group meets together.',
};

export const enrollmentModeLabels: Record<EnrollmentMode, string> = {
  open: 'Open sign-up',
  invite: 'Invite only',
  nominated: 'Nominated by ERG leads',
};

export const enrollmentModeDescriptions: Record<EnrollmentMode, string> = {
  open: 'Anyone eligible can volunteer while the program is recruiting.',
  invite: 'Only people HR invites can apply.',
  nominated: 'ERG leads put forward juniors; HR can also invite people.',
};

export const phaseColors: Record<Phase, string> = {
  draft: 'gray',
  recruiting: 'blue',
  matching: 'violet',
  active: 'teal',
  midpoint: 'cyan',
  closing: 'orange',
  closed: 'dark',
};

/** Each side's name in a program of this type: in reverse mentoring the mentor is the junior. */
export function sideLabel(side: 'mentor' | 'mentee', type: ProgramType = 'reverse'): string {
  if (type !== 'reverse') return side === 'mentor' ? 'Mentor' : 'Mentee';
  return side === 'mentor' ? 'Mentor (junior)' : 'Mentee (senior)';
}

/** The plural, for headings: "Mentors (junior)". */
export function sidesLabel(side: 'mentor' | 'mentee', type: ProgramType = 'reverse'): string {
  const plural = side === 'mentor' ? 'Mentors' : 'Mentees';
  if (type !== 'reverse') return plural;
  return side === 'mentor' ? `${plural} (junior)` : `${plural} (senior)`;
}

export function levelRangeText(range: { minLevel: number | null; maxLevel: number | null }): string {
  const { minLevel: min, maxLevel: max } = range;
  if (min === null && max === null) return 'Any level';
  if (min === null) return `Level ${max} or below`;
  if (max === null) return `Level ${min} or above`;
  return min === max ? `Level ${min}` : `Levels ${min} to ${max}`;
}
