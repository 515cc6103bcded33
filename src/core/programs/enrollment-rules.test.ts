import { describe, expect, it } from 'vitest';
import {
  decisionRefusal,
  editRefusal,
  ENROLLMENT_STATUS_LIST,
  fitsSide,
  statusOnSubmit,
  volunteerSide,
  withdrawRefusal,
} from '#core/programs/enrollment-rules';
import { defaultSettings } from '#core/programs/program-defaults';
import type { ProgramSettings } from '#core/programs/program-settings';

const reverse: ProgramSettings = { ...defaultSettings('reverse'), enrollmentMode: 'open' };

describe('fitsSide', () => {
  it('applies the reverse inversion: mentors at L3 or below, mentees at L6 or above', () => {
    expect(fitsSide(reverse, 'mentor', 2)).toBe(true);
    expect(fitsSide(reverse, 'mentor', 3)).toBe(true);
    expect(fitsSide(reverse, 'mentor', 4)).toBe(false);
    expect(fitsSide(reverse, 'mentee', 5)).toBe(false);
    expect(fitsSide(reverse, 'mentee', 9)).toBe(true);
  });

  it('lets an unknown level through an open range only', () => {
    expect(fitsSide(reverse, 'mentor', null)).toBe(false);
    expect(fitsSide(defaultSettings('peer'), 'mentor', null)).toBe(true);
  });
});

describe('volunteerSide', () => {
  it('offers the side the level fits while an open program recruits', () => {
    expect(volunteerSide({ phase: 'recruiting', settings: reverse }, 9)).toBe('mentee');
    expect(volunteerSide({ phase: 'recruiting', settings: reverse }, 2)).toBe('mentor');
    expect(volunteerSide({ phase: 'recruiting', settings: reverse }, 5)).toBeNull();
    expect(volunteerSide({ phase: 'recruiting', settings: reverse }, 9, 'mentor')).toBeNull();
  });

  it('refuses outside open sign-up or outside recruiting', () => {
    expect(volunteerSide({ phase: 'draft', settings: reverse }, 9)).toBeNull();
    expect(volunteerSide({ phase: 'matching', settings: reverse }, 9)).toBeNull();
    const nominated = { ...reverse, enrollmentMode: 'nominated' as const };
    expect(volunteerSide({ phase: 'recruiting', settings: nominated }, 9)).toBeNull();
  });
});

describe('decisions and the participant’s moves', () => {
  it('decides only applied or wait-listed applications, and not to the state they are in', () => {
    const decidable = ENROLLMENT_STATUS_LIST.filter((s) => decisionRefusal(s, 'approve') === null);
    expect(decidable).toEqual(['applied', 'waitlisted']);
    expect(decisionRefusal('waitlisted', 'waitlist')).toMatch(/already/);
    expect(decisionRefusal('applied', 'decline')).toBeNull();
  });

  it('turns an invitation or a nomination into an application on submit, and nothing else', () => {
    expect(statusOnSubmit('invited')).toBe('applied');
    expect(statusOnSubmit('nominated')).toBe('applied');
    expect(statusOnSubmit('approved')).toBe('approved');
    expect(statusOnSubmit('waitlisted')).toBe('waitlisted');
  });

  it('keeps withdrawn and declined applications closed to edits; withdraws until the program closes', () => {
    expect(editRefusal('withdrawn')).not.toBeNull();
    expect(editRefusal('declined')).not.toBeNull();
    expect(editRefusal('approved')).toBeNull();
    expect(withdrawRefusal('approved', 'active')).toBeNull();
    expect(withdrawRefusal('approved', 'closed')).not.toBeNull();
    expect(withdrawRefusal('declined', 'recruiting')).not.toBeNull();
  });
});
