import { describe, expect, it } from 'vitest';
import type { HealthState } from '#core/health/pair-health';
import { buildHrDigest, DIGEST_ATTENTION_LIMIT, type DigestProgramInput } from '#core/reminders/hr-digest';

const pair = (n: number, state: HealthState) => ({
  pairId: `pair-${n}`,
  mentorName: `Mentor ${n}`,
  menteeName: `Mentee ${n}`,
  state,
  reasons: state === 'healthy' ? [] : [`Reason ${n}.`],
});

const program = (over: Partial<DigestProgramInput> = {}): DigestProgramInput => ({
  programId: 'p1',
  name: 'Reverse 2026',
  phase: 'active',
  health: {
    summary: { healthy: 1, at_risk: 1, inactive: 1, total: 3 },
    pairs: [pair(1, 'healthy'), pair(2, 'at_risk'), pair(3, 'inactive')],
  },
  openConcerns: 2,
  openRepairRequests: 1,
  responsesThisWeek: 4,
  openCheckIns: [{ title: 'Midpoint check-in', invited: 10, responded: 6 }],
  ...over,
});

describe('buildHrDigest', () => {
  it('is null without a running program: no digest is sent', () => {
    expect(buildHrDigest([])).toBeNull();
  });

  it('lists the pairs needing attention by name, worst first, and keeps the figures', () => {
    const digest = buildHrDigest([program()])!;
    const [section] = digest.sections;
    expect(section).toMatchObject({
      programId: 'p1',
      name: 'Reverse 2026',
      path: '/programs/p1',
      health: { healthy: 1, at_risk: 1, inactive: 1, total: 3 },
      openConcerns: 2,
      openRepairRequests: 1,
      responsesThisWeek: 4,
      openCheckIns: [{ title: 'Midpoint check-in', invited: 10, responded: 6 }],
      moreAttention: 0,
    });
    expect(section!.attention).toEqual([
      { pairId: 'pair-3', names: 'Mentor 3 and Mentee 3', state: 'inactive', reasons: ['Reason 3.'] },
      { pairId: 'pair-2', names: 'Mentor 2 and Mentee 2', state: 'at_risk', reasons: ['Reason 2.'] },
    ]);
    expect(digest.pairsNeedingAttention).toBe(2);
    expect(digest.openConcerns).toBe(2);
  });

  it('links to the midpoint review from the midpoint on, and to the program before', () => {
    const digest = buildHrDigest([
      program({ programId: 'a', name: 'A', phase: 'active' }),
      program({ programId: 'b', name: 'B', phase: 'midpoint' }),
      program({ programId: 'c', name: 'C', phase: 'closing' }),
    ])!;
    expect(digest.sections.map((s) => s.path)).toEqual([
      '/programs/a',
      '/programs/b/midpoint-review',
      '/programs/c/midpoint-review',
    ]);
  });

  it('lists at most ten pairs and counts the rest', () => {
    const many = Array.from({ length: DIGEST_ATTENTION_LIMIT + 3 }, (_, i) => pair(i, 'at_risk'));
    const digest = buildHrDigest([
      program({ health: { summary: { healthy: 0, at_risk: 13, inactive: 0, total: 13 }, pairs: many } }),
    ])!;
    expect(digest.sections[0]!.attention).toHaveLength(DIGEST_ATTENTION_LIMIT);
    expect(digest.sections[0]!.moreAttention).toBe(3);
    expect(digest.pairsNeedingAttention).toBe(13);
  });

  it('orders programs by name and adds up across them', () => {
    const digest = buildHrDigest([
      program({ programId: 'z', name: 'Zeta', openConcerns: 1 }),
      program({ programId: 'a', name: 'Alpha', openConcerns: 3 }),
    ])!;
    expect(digest.sections.map((s) => s.name)).toEqual(['Alpha', 'Zeta']);
    expect(digest.openConcerns).toBe(4);
    expect(digest.pairsNeedingAttention).toBe(4);
  });
});
