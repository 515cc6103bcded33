import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCohort } from '#tests/fixtures/example-cohort';
import { syntheticCohort } from '#tests/fixtures/synthetic-cohort';
import { pairKey, prepareCohort } from './prepared-cohort';
import { proposeMatches } from './propose-matches';

/** Random cohorts with random pins, blocks, history, loads and rules: no result may break a hard rule. */
const randomCohort = fc
  .record({
    mentors: fc.integer({ min: 0, max: 14 }),
    mentees: fc.integer({ min: 0, max: 14 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    notSameDepartment: fc.boolean(),
    cap: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    capacity: fc.integer({ min: 0, max: 3 }),
    minimumScore: fc.integer({ min: 0, max: 70 }),
    objective: fc.constantFrom('most-pairs' as const, 'highest-total' as const),
    strategy: fc.constantFrom('dense' as const, 'candidates' as const),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('pin', 'block', 'history', 'load')), {
      maxLength: 12,
    }),
  })
  .map((o) => {
    const input = syntheticCohort({
      mentors: o.mentors,
      mentees: o.mentees,
      seed: o.seed,
      skills: 12,
      reportingShare: 0.3,
    });
    const cohort = {
      ...input,
      rules: {
        notSameDepartment: o.notSameDepartment,
        maxConcurrentMentees: o.cap,
        defaultCapacity: o.capacity,
        minimumScore: o.minimumScore,
        objective: o.objective,
      },
      pins: [] as { mentorId: string; menteeId: string }[],
      blocks: [] as { mentorId: string; menteeId: string }[],
      history: [] as { mentorId: string; menteeId: string }[],
      concurrentLoad: [] as { personId: string; mentees: number }[],
    };
    if (o.mentors > 0 && o.mentees > 0) {
      for (const [a, b, kind] of o.picks) {
        const pair = { mentorId: `mentor-${a % o.mentors}`, menteeId: `mentee-${b % o.mentees}` };
        if (kind === 'pin') cohort.pins.push(pair);
        if (kind === 'block') cohort.blocks.push(pair);
        if (kind === 'history') cohort.history.push(pair);
        if (kind === 'load') cohort.concurrentLoad.push({ personId: pair.mentorId, mentees: b % 3 });
      }
    }
    return { cohort: validCohort(cohort), strategy: o.strategy };
  });

describe('hard rules are never broken', () => {
  it('holds for random cohorts, rules, pins and blocks (property)', () => {
    fc.assert(
      fc.property(randomCohort, ({ cohort, strategy }) => {
        const result = proposeMatches(cohort, { strategy, candidatesPerMentee: 3 });
        const prepared = prepareCohort(cohort);
        const person = new Map([...prepared.mentors, ...prepared.mentees].map((p) => [p.id, p]));
        const blocks = new Set(cohort.blocks.map((b) => pairKey(b.mentorId, b.menteeId)));
        const history = new Set(cohort.history.map((b) => pairKey(b.mentorId, b.menteeId)));
        const perMentor = new Map<string, number>();
        const seenMentees = new Set<string>();
        for (const pair of result.pairs) {
          const mentor = person.get(pair.mentorId)!;
          const mentee = person.get(pair.menteeId)!;
          expect(mentor.participant.side).toBe('mentor');
          expect(mentee.participant.side).toBe('mentee');
          expect(prepared.reportingLines.related(mentor.id, mentee.id)).toBe(false);
          expect(blocks.has(pairKey(mentor.id, mentee.id))).toBe(false);
          expect(history.has(pairKey(mentor.id, mentee.id))).toBe(false);
          if (cohort.rules.notSameDepartment)
            expect(mentor.participant.department).not.toBe(mentee.participant.department);
          if (!pair.pinned) expect(pair.score).toBeGreaterThanOrEqual(cohort.rules.minimumScore - 0.01);
          expect(seenMentees.has(mentee.id)).toBe(false);
          seenMentees.add(mentee.id);
          perMentor.set(mentor.id, (perMentor.get(mentor.id) ?? 0) + 1);
        }
        for (const [mentorId, count] of perMentor) {
          expect(count).toBeLessThanOrEqual(cohort.rules.defaultCapacity);
          const load = cohort.concurrentLoad
            .filter((l) => l.personId === mentorId)
            .reduce((s, l) => s + l.mentees, 0);
          if (cohort.rules.maxConcurrentMentees !== undefined)
            expect(count + load).toBeLessThanOrEqual(cohort.rules.maxConcurrentMentees);
        }
        const unmatchedIds = new Set(result.unmatched.map((u) => u.personId));
        for (const p of prepared.mentees) expect(seenMentees.has(p.id) !== unmatchedIds.has(p.id)).toBe(true);
        for (const p of prepared.mentors) expect(perMentor.has(p.id) !== unmatchedIds.has(p.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('candidate graph for large cohorts', () => {
  it('loses little against the dense optimum and reports the gap', () => {
    const cohort = validCohort(syntheticCohort({ mentors: 300, mentees: 300, seed: 7 }));
    const result = proposeMatches(cohort, {
      strategy: 'candidates',
      candidatesPerMentee: 20,
      measureCandidateGap: true,
    });
    expect(result.quality.solver).toBe('sparse');
    expect(result.quality.candidateGapPercent).not.toBeNull();
    expect(result.quality.candidateGapPercent!).toBeLessThan(1);
    expect(result.quality.pairsEvaluated).toBeLessThan((300 * 300) / 3);
  });
});
