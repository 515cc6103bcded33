import { describe, expect, it } from 'vitest';
import { exampleCohortInput, validCohort } from '#tests/fixtures/example-cohort';
import { proposeMatches } from './propose-matches';

const example = () => proposeMatches(validCohort(exampleCohortInput()));
const pairOf = (result: ReturnType<typeof example>, menteeId: string) =>
  result.pairs.find((p) => p.menteeId === menteeId);

describe('proposeMatches on the example cohort (docs/example-cohort.json)', () => {
  it('pairs the CFO with the junior engineer who knows blockchain, and says why both ways', () => {
    const pair = pairOf(example(), 'cfo');
    expect(pair?.mentorId).toBe('dev-amara');
    expect(pair?.explanation).toContain('both want to learn from each other: blockchain, fintech');
    expect(pair?.explanation).toContain('capital allocation');
    expect(pair?.score).toBeGreaterThan(80);
    const sum = pair!.contributions.reduce((s, c) => s + c.points, 0);
    expect(sum).toBeCloseTo(pair!.score, 0);
  });

  it('pairs the VP of Marketing with the social-media manager outside her reporting line', () => {
    const result = example();
    expect(pairOf(result, 'vp-marketing')?.mentorId).toBe('sm-jordan');
    expect(result.pairs.some((p) => p.mentorId === 'sm-lena' && p.menteeId === 'vp-marketing')).toBe(false);
  });

  it('honours the pin, the block, please-not, history and the anti-tokenisation cap', () => {
    const result = example();
    expect(result.pairs.find((p) => p.menteeId === 'chro')).toMatchObject({
      mentorId: 'ux-noor',
      pinned: true,
    });
    expect(result.pairs.some((p) => p.mentorId === 'sm-lena' && p.menteeId === 'cto')).toBe(false);
    expect(result.pairs.some((p) => p.mentorId === 'ops-diego' && p.menteeId === 'vp-sales')).toBe(false);
    expect(result.pairs.some((p) => p.mentorId === 'sm-jordan' && p.menteeId === 'coo')).toBe(false);
    expect(result.pairs.some((p) => p.mentorId === 'erg-sam')).toBe(false);
    expect(result.unmatched).toContainEqual(
      expect.objectContaining({ personId: 'erg-sam', reason: 'capacity-exhausted' }),
    );
  });

  it('reports quality figures', () => {
    const { quality } = example();
    expect(quality.pairs).toBe(10);
    expect(quality.menteesMatchedShare).toBe(1);
    expect(quality.solver).toBe('dense');
    expect(quality.hardRulesChecked.map((r) => r.rule)).toContain('reporting-line');
    expect(quality.hardRulesChecked.find((r) => r.rule === 'reporting-line')?.pairsExcluded).toBeGreaterThan(
      0,
    );
    expect(quality.lowestScore).toBeLessThanOrEqual(quality.averageScore);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(example())).toBe(JSON.stringify(example()));
  });
});

describe('proposeMatches: reasons and data problems', () => {
  it('explains no eligible partner by rule, and a minimum score nobody reaches', () => {
    const input = exampleCohortInput();
    input.participants = input.participants.filter((p) =>
      ['cfo', 'dir-finance', 'analyst-kofi', 'dev-amara'].includes(p.id),
    );
    input.pins = [];
    input.blocks = [{ mentorId: 'dev-amara', menteeId: 'cfo' }];
    input.concurrentLoad = [];
    input.history = [];
    for (const p of input.participants) p.wouldLike = [];
    const result = proposeMatches(validCohort(input));
    const kofi = result.unmatched.find((u) => u.personId === 'analyst-kofi');
    // Kofi reports to the finance director, who reports to the CFO: both are in his reporting line.
    expect(kofi).toMatchObject({ reason: 'no-eligible-partner', excludedBy: { 'reporting-line': 2 } });
    expect(kofi?.message).toContain('2 in the same reporting line');
    const strict = proposeMatches(validCohort({ ...input, rules: { ...input.rules, minimumScore: 99 } }));
    expect(strict.pairs).toHaveLength(0);
    expect(strict.unmatched.find((u) => u.personId === 'dev-amara')?.reason).toBe('below-minimum-score');
  });

  it('reports manager cycles and unknown managers instead of looping, and keeps both ends apart', () => {
    const input = exampleCohortInput();
    input.orgChart = [
      ...(input.orgChart ?? []),
      { id: 'ghost-a', managerId: 'ghost-b' },
      { id: 'ghost-b', managerId: 'ghost-a' },
    ];
    const amara = input.participants.find((p) => p.id === 'dev-amara')!;
    amara.managerId = 'nobody-knows';
    const cfo = input.participants.find((p) => p.id === 'cfo')!;
    cfo.managerId = 'dir-finance';
    const result = proposeMatches(validCohort(input));
    const codes = result.dataProblems.map((p) => p.code);
    expect(codes).toContain('manager-cycle');
    expect(codes).toContain('unknown-manager');
    expect(result.dataProblems.find((p) => p.code === 'unknown-manager')?.path).toEqual([
      'participants',
      10,
      'managerId',
    ]);
  });

  it('drops a pin that breaks a hard rule and says so', () => {
    const input = exampleCohortInput();
    input.pins = [{ mentorId: 'sm-lena', menteeId: 'vp-marketing' }];
    const result = proposeMatches(validCohort(input));
    expect(result.dataProblems).toContainEqual(
      expect.objectContaining({ code: 'pin-breaks-rule', path: ['pins', 0] }),
    );
    expect(result.pairs.some((p) => p.mentorId === 'sm-lena' && p.menteeId === 'vp-marketing')).toBe(false);
  });

  it('uses background attributes only with consent', () => {
    const input = exampleCohortInput();
    const before = proposeMatches(validCohort(input));
    const kofi = input.participants.find((p) => p.id === 'analyst-kofi')!;
    kofi.background = { 'first-generation-professional': 'yes' };
    kofi.consentsToBackgroundMatching = false;
    expect(JSON.stringify(proposeMatches(validCohort(input)))).toBe(JSON.stringify(before));
  });

  it('flips to highest scores above a minimum', () => {
    const input = exampleCohortInput();
    const result = proposeMatches(
      validCohort({ ...input, rules: { ...input.rules, objective: 'highest-total', minimumScore: 60 } }),
    );
    expect(result.pairs.every((p) => p.pinned || p.score >= 60)).toBe(true);
    expect(result.unmatched.some((u) => u.reason === 'below-minimum-score')).toBe(true);
  });
});
