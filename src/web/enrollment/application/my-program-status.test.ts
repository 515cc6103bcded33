import { describe, expect, it } from 'vitest';
import type { MyProgram } from '../enrollment-types';
import { myProgramStatus } from './my-program-status';

const approvedIn = (phase: MyProgram['program']['phase']): MyProgram => ({
  program: {
    id: 'p',
    name: 'P',
    type: 'reverse',
    phase,
    startDate: '2026-01-05',
    endDate: '2026-07-05',
    purpose: '',
  },
  enrollment: { id: 'e', side: 'mentor', status: 'approved', submittedAt: '2026-01-01T00:00:00Z' },
  canVolunteer: null,
  certificate: false,
});

describe('myProgramStatus for an approved participant', () => {
  it('says HR is preparing the pairs until mine is published, then points to my match', () => {
    expect(myProgramStatus(approvedIn('matching')).next).toMatch(/HR is preparing the pairs/);
    expect(myProgramStatus(approvedIn('matching'), true).next).toMatch(/You have been matched/);
  });

  it('tells someone still without a partner in a running program that HR is on it', () => {
    expect(myProgramStatus(approvedIn('midpoint')).next).toMatch(/HR is finding you a partner/);
    expect(myProgramStatus(approvedIn('midpoint'), true).next).toMatch(/keep meeting your partner/);
  });
});
