import { type Phase, PHASES } from '#core/programs/program-phase';

/** What moving to a phase means, in the words HR would use. */
const forward: Record<Phase, { action: string; explains: string }> = {
  draft: { action: 'Back to draft', explains: 'Recruiting pauses. Invitations already sent stay valid.' },
  recruiting: {
    action: 'Open recruiting',
    explains: 'People can be invited, nominated or volunteer, and answer the intake form.',
  },
  matching: {
    action: 'Start matching',
    explains: 'Answers close, so the form can no longer change. You then pair the approved participants.',
  },
  active: { action: 'Launch the program', explains: 'Published pairs start meeting on the agreed rhythm.' },
  midpoint: {
    action: 'Start the midpoint review',
    explains: 'Time for the mid-program check-in with everyone.',
  },
  closing: { action: 'Start closing', explains: 'The end-of-program review begins.' },
  closed: {
    action: 'Close the program',
    explains: 'The cohort is finished. Its settings can no longer be edited; you can still clone it.',
  },
};

const backward: Partial<Record<Phase, { action: string; explains: string }>> = {
  recruiting: {
    action: 'Reopen recruiting',
    explains: 'Answers open again so more people can join or change their answers.',
  },
  active: { action: 'Back to active', explains: 'The midpoint review ends and pairs carry on.' },
};

export interface PhaseMove {
  to: Phase;
  action: string;
  explains: string;
  backward: boolean;
}

export function phaseMove(from: Phase, to: Phase): PhaseMove {
  const isBackward = PHASES.indexOf(to) < PHASES.indexOf(from);
  const words = (isBackward ? backward[to] : undefined) ?? forward[to];
  return { to, ...words, backward: isBackward };
}
