import { describe, expect, it } from 'vitest';
import type { CohortInput } from './cohort-schema';
import { parseCohort } from './parse-cohort';
import { proposeMatches } from './propose-matches';

/**
 * The `repeat-pair` hard rule: a mentor–mentee pair from an earlier cohort (the cohort's history) is
 * never proposed again, even when it is the best-scoring pair; `allowRepeatPairs` lifts it.
 * Ana (junior) teaches exactly what Xavier (senior) wants to learn, so Ana–Xavier outscores every
 * other pair; Ben and Yara share nothing with anyone.
 */
function cohort(overrides: Partial<CohortInput> = {}) {
  const person = (id: string, side: 'mentor' | 'mentee', department: string) => ({
    id,
    name: id,
    side,
    level: side === 'mentor' ? 2 : 7,
    department,
    timeZone: 'Europe/Paris',
    availability: [{ day: 'tue' as const, from: '09:00', to: '12:00' }],
  });
  const input: CohortInput = {
    program: { name: 'Cohort 2', type: 'reverse', seniorityGap: 2 },
    participants: [
      { ...person('ana', 'mentor', 'Engineering'), skillsOffered: [{ skill: 'AI tools', level: 5 }] },
      person('ben', 'mentor', 'Finance'),
      { ...person('xavier', 'mentee', 'Sales'), skillsWanted: [{ skill: 'AI tools', level: 1 }] },
      person('yara', 'mentee', 'Legal'),
    ],
    history: [{ mentorId: 'ana', menteeId: 'xavier', cohort: 'Cohort 1' }],
    ...overrides,
  };
  const parsed = parseCohort(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const pairsOf = (result: ReturnType<typeof proposeMatches>) =>
  result.pairs.map((p) => `${p.mentorId}-${p.menteeId}`).sort();

describe('repeat pairs', () => {
  it('would pick Ana–Xavier first when repeats are allowed (it scores best)', () => {
    const result = proposeMatches(cohort({ rules: { allowRepeatPairs: true } }));
    expect(pairsOf(result)).toEqual(['ana-xavier', 'ben-yara']);
    const [best, other] = [...result.pairs].sort((a, b) => b.score - a.score);
    expect(best).toMatchObject({ mentorId: 'ana', menteeId: 'xavier' });
    expect(best!.score).toBeGreaterThan(other!.score);
    expect(result.quality.hardRulesChecked.map((r) => r.rule)).not.toContain('repeat-pair');
  });

  for (const strategy of ['dense', 'candidates'] as const) {
    for (const objective of ['most-pairs', 'highest-total'] as const) {
      it(`never proposes the earlier pair again (${strategy}, ${objective})`, () => {
        const result = proposeMatches(cohort({ rules: { objective } }), { strategy });
        expect(pairsOf(result)).toEqual(['ana-yara', 'ben-xavier']);
        expect(result.quality.hardRulesChecked).toContainEqual({
          rule: 'repeat-pair',
          label: 'paired in an earlier cohort',
          pairsExcluded: 1,
        });
      });
    }
  }

  it('leaves a person unmatched rather than repeat a pair, and says why', () => {
    const only = cohort();
    const result = proposeMatches({
      ...only,
      participants: only.participants.filter((p) => p.id === 'ana' || p.id === 'xavier'),
    });
    expect(result.pairs).toEqual([]);
    expect(result.unmatched.find((u) => u.personId === 'xavier')).toMatchObject({
      reason: 'no-eligible-partner',
      excludedBy: { 'repeat-pair': 1 },
    });
  });
});
