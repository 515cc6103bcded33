import { fail, issue, ok, type Result } from '#core/result';

/** A program's life, in order (DOMAIN.md steps 1–8). */
export const PHASES = ['draft', 'recruiting', 'matching', 'active', 'midpoint', 'closing', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  draft: 'Draft',
  recruiting: 'Recruiting',
  matching: 'Matching',
  active: 'Active',
  midpoint: 'Midpoint review',
  closing: 'Closing',
  closed: 'Closed',
};

/** What the guards look at: facts about the program, gathered by the caller. */
export type PhaseFacts = {
  readonly phase: Phase;
  readonly today: string; // YYYY-MM-DD
  readonly endDate: string;
  readonly approvedMentors: number;
  readonly approvedMentees: number;
  readonly activePairs: number;
};

export type TransitionRequest = { readonly to: Phase; readonly reason?: string | undefined };

type Guard = (facts: PhaseFacts, request: TransitionRequest) => string | null;

/**
 * Each allowed move and its guard; a guard returns why the move is refused, or null.
 * Forward moves follow the program; the few backward moves are the ones HR really needs
 * (reopen recruiting when too few signed up; return to matching to re-pair before launch).
 */
const MOVES: Readonly<Record<Phase, Partial<Record<Phase, Guard>>>> = {
  draft: { recruiting: () => null },
  recruiting: {
    draft: () => null,
    matching: (f) =>
      f.approvedMentors > 0 && f.approvedMentees > 0
        ? null
        : `Matching needs approved participants on both sides (now ${f.approvedMentors} mentors and ${f.approvedMentees} mentees).`,
  },
  matching: {
    recruiting: () => null,
    active: (f) =>
      f.activePairs > 0 ? null : 'Publish at least one pair before the program becomes active.',
  },
  active: { midpoint: () => null },
  midpoint: { active: () => null, closing: closingGuard },
  closing: { closed: () => null },
  closed: {},
};

function closingGuard(f: PhaseFacts, request: TransitionRequest): string | null {
  if (f.today >= f.endDate) return null;
  if (request.reason?.trim()) return null;
  return `The program ends on ${f.endDate}. To close it early, give a reason.`;
}

/** The phases reachable from here, for the UI's buttons. */
export function nextPhases(phase: Phase): Phase[] {
  return PHASES.filter((p) => MOVES[phase][p] !== undefined);
}

/** Checks a move; the result is the phase to record, or why not (code `conflict`, a 409). */
export function checkTransition(facts: PhaseFacts, request: TransitionRequest): Result<Phase> {
  const guard = MOVES[facts.phase][request.to];
  if (!guard) {
    const allowed = nextPhases(facts.phase).map((p) => PHASE_LABELS[p]);
    const options = allowed.length ? ` From here it can go to: ${allowed.join(', ')}.` : '';
    return fail([
      issue(
        'conflict',
        `A program in ${PHASE_LABELS[facts.phase]} cannot move to ${PHASE_LABELS[request.to]}.${options}`,
        ['to'],
      ),
    ]);
  }
  const refusal = guard(facts, request);
  return refusal ? fail([issue('conflict', refusal, ['to'])]) : ok(request.to);
}

/** Whether participants may still change their intake answers. */
export function answersAreOpen(phase: Phase): boolean {
  return phase === 'draft' || phase === 'recruiting';
}
