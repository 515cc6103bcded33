import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTransition, nextPhases, PHASES, type PhaseFacts } from '#core/programs/program-phase';

const facts = (over: Partial<PhaseFacts> = {}): PhaseFacts => ({
  phase: 'draft',
  today: '2026-06-01',
  endDate: '2026-12-31',
  approvedMentors: 0,
  approvedMentees: 0,
  activePairs: 0,
  ...over,
});

describe('checkTransition', () => {
  it('walks a program from draft to closed when every guard is met', () => {
    let current = facts({ approvedMentors: 10, approvedMentees: 10, activePairs: 10, today: '2027-01-01' });
    for (const to of ['recruiting', 'matching', 'active', 'midpoint', 'closing', 'closed'] as const) {
      const result = checkTransition(current, { to });
      expect(result, to).toEqual({ ok: true, value: to });
      current = { ...current, phase: to };
    }
  });

  it('refuses matching without approved people on both sides, and says how many there are', () => {
    const result = checkTransition(facts({ phase: 'recruiting', approvedMentors: 3 }), { to: 'matching' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'conflict', message: expect.stringContaining('3 mentors and 0 mentees') }],
    });
  });

  it('refuses going live with no published pair', () => {
    expect(checkTransition(facts({ phase: 'matching' }), { to: 'active' }).ok).toBe(false);
    expect(checkTransition(facts({ phase: 'matching', activePairs: 1 }), { to: 'active' }).ok).toBe(true);
  });

  it('closes before the end date only with a reason', () => {
    const early = facts({ phase: 'midpoint', today: '2026-06-01', endDate: '2026-12-31' });
    expect(checkTransition(early, { to: 'closing' })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('give a reason') }],
    });
    expect(checkTransition(early, { to: 'closing', reason: '   ' }).ok).toBe(false);
    expect(checkTransition(early, { to: 'closing', reason: 'Sponsor left the company' }).ok).toBe(true);
    expect(checkTransition({ ...early, today: '2026-12-31' }, { to: 'closing' }).ok).toBe(true);
  });

  it('names the allowed moves when a move is not one of them', () => {
    const result = checkTransition(facts({ phase: 'draft' }), { to: 'closed' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: 'A program in Draft cannot move to Closed. From here it can go to: Recruiting.' }],
    });
  });

  it('never lets a closed program move, and never allows a move nextPhases does not list', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHASES), fc.constantFrom(...PHASES), (from, to) => {
        const generous = facts({
          phase: from,
          approvedMentors: 5,
          approvedMentees: 5,
          activePairs: 5,
          today: '2030-01-01',
        });
        const result = checkTransition(generous, { to, reason: 'r' });
        expect(result.ok).toBe(nextPhases(from).includes(to));
      }),
    );
    expect(nextPhases('closed')).toEqual([]);
  });
});
