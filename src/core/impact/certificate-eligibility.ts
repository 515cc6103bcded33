import { startOfDay } from '#core/impact/report-periods';
import type { Phase } from '#core/programs/program-phase';
import type { Side } from '#core/programs/intake-form';

/**
 * Who gets a certificate of participation (issue 8, "Celebration"). A person completed a program when
 * the program is `closed` and they were in one of its published pairs that did not end before the
 * program's end date — the same "completed" as the impact report's funnel (listParticipantJourneys in
 * #store/impact-store).
 *
 * Why `closed` rather than "past its end date": HR closes the program once the last meetings and the
 * final check-in are done, and may still end a pair or extend the dates until then; a certificate
 * handed out before that could turn out wrong. It also needs no clock.
 */
export type CertificateProgram = { readonly phase: Phase; readonly endDate: string };

export type OwnPair = {
  readonly pairId: string;
  /** The person's side in this pair. */
  readonly side: Side;
  readonly endedAt: Date | null;
};

/** The pairs that carried the person to the program's end: not ended, or ended on or after it. */
export function pairsThatLasted<P extends OwnPair>(program: CertificateProgram, pairs: readonly P[]): P[] {
  const end = startOfDay(program.endDate).getTime();
  return pairs.filter((p) => p.endedAt === null || p.endedAt.getTime() >= end);
}

/** Whether the person completed the program, so may download a certificate. */
export function completedProgram(program: CertificateProgram, pairs: readonly OwnPair[]): boolean {
  return program.phase === 'closed' && pairsThatLasted(program, pairs).length > 0;
}
