import type { MyProgram } from '../enrollment-types';

export interface StatusWords {
  status: string;
  next: string;
  /** The call to action on the application page, when there is one. */
  action: string | null;
}

const sideWord = { mentor: 'a mentor', mentee: 'a mentee' } as const;

/** Where I stand in a program, in plain words, and what to do next; `matched` once my pair is published. */
export function myProgramStatus(
  { program, enrollment, canVolunteer }: MyProgram,
  matched = false,
): StatusWords {
  const underWay = !['draft', 'recruiting', 'matching'].includes(program.phase);
  if (!enrollment) {
    return canVolunteer
      ? {
          status: 'Open for volunteers',
          next: `You can volunteer as ${sideWord[canVolunteer]} by answering a short form.`,
          action: 'Volunteer',
        }
      : { status: 'Not open to you', next: 'This program is not taking volunteers.', action: null };
  }
  const words: Record<typeof enrollment.status, StatusWords> = {
    invited: {
      status: 'You are invited',
      next: 'Answer the application form to take part.',
      action: 'Apply',
    },
    nominated: {
      status: 'You were nominated',
      next: 'An ERG lead put you forward. Answer the application form to take part.',
      action: 'Apply',
    },
    applied: {
      status: 'Application sent',
      next: 'HR will decide soon. You can change your answers until matching starts.',
      action: 'View or edit',
    },
    approved: {
      status: 'You are in',
      next: matched
        ? underWay
          ? 'The program is under way: keep meeting your partner on the agreed rhythm.'
          : 'You have been matched: see who your partner is and why under “Your match”.'
        : underWay
          ? 'HR is finding you a partner. You will hear as soon as you are matched.'
          : 'HR is preparing the pairs. You will hear who your partner is.',
      action: 'View my answers',
    },
    waitlisted: {
      status: 'On the waiting list',
      next: 'HR will let you know if a place opens.',
      action: 'View my answers',
    },
    declined: { status: 'Not selected this time', next: 'Thank you for applying.', action: null },
    withdrawn: {
      status: 'You withdrew',
      next: 'You are no longer taking part in this program.',
      action: null,
    },
  };
  return words[enrollment.status];
}
