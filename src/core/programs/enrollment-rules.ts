import type { Side } from '#core/programs/intake-form';
import type { Phase } from '#core/programs/program-phase';
import type { ProgramSettings } from '#core/programs/program-settings';

/**
 * The rules of an enrollment's life, apart from any storage: who may volunteer for which side, which
 * states HR may decide, and where submitting or withdrawing leads.
 */
export const ENROLLMENT_STATUS_LIST = [
  'invited',
  'nominated',
  'applied',
  'approved',
  'waitlisted',
  'declined',
  'withdrawn',
] as const;
export type EnrollmentState = (typeof ENROLLMENT_STATUS_LIST)[number];

export const DECISIONS = ['approve', 'decline', 'waitlist'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_STATUS: Readonly<Record<Decision, EnrollmentState>> = {
  approve: 'approved',
  decline: 'declined',
  waitlist: 'waitlisted',
};

/** Whether a person's level fits a side's eligibility; an unknown level fits only an open range. */
export function fitsSide(settings: ProgramSettings, side: Side, level: number | null): boolean {
  const { minLevel, maxLevel } = settings.eligibility[side];
  if (minLevel === null && maxLevel === null) return true;
  if (level === null) return false;
  return (minLevel === null || level >= minLevel) && (maxLevel === null || level <= maxLevel);
}

/** Seniors volunteer first in reverse programs, so the mentee side is offered before the mentor side. */
const VOLUNTEER_ORDER: readonly Side[] = ['mentee', 'mentor'];

/**
 * The side a person may volunteer for: only in open sign-up while recruiting, and only on a side their
 * level fits. `requested` asks for one side in particular. Null when they may not volunteer.
 */
export function volunteerSide(
  program: { readonly phase: Phase; readonly settings: ProgramSettings },
  level: number | null,
  requested?: Side,
): Side | null {
  if (program.settings.enrollmentMode !== 'open' || program.phase !== 'recruiting') return null;
  const sides = requested ? [requested] : VOLUNTEER_ORDER;
  return sides.find((side) => fitsSide(program.settings, side, level)) ?? null;
}

/** Why HR cannot take this decision on an enrollment in this state, or null when it can. */
export function decisionRefusal(status: EnrollmentState, decision: Decision): string | null {
  if (status !== 'applied' && status !== 'waitlisted') {
    return `Only applied or wait-listed applications can be decided; this one is ${status}.`;
  }
  if (DECISION_STATUS[decision] === status) return `This application is already ${status}.`;
  return null;
}

/** The state after the person submits their answers: an invitation or nomination becomes an application. */
export function statusOnSubmit(status: EnrollmentState): EnrollmentState {
  return status === 'invited' || status === 'nominated' ? 'applied' : status;
}

/** Why the person cannot change their application in this state, or null when they can. */
export function editRefusal(status: EnrollmentState): string | null {
  if (status === 'withdrawn') return 'You have withdrawn from this program.';
  if (status === 'declined')
    return 'Your application to this program was not accepted, so it cannot be changed.';
  return null;
}

/** Why the person cannot withdraw, or null when they can (withdrawing twice is harmless). */
export function withdrawRefusal(status: EnrollmentState, phase: Phase): string | null {
  if (status === 'declined') return 'Your application was not accepted, so there is nothing to withdraw.';
  if (phase === 'closed') return 'This program has closed.';
  return null;
}
