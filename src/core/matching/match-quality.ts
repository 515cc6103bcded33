import type { MatchQuality, ProposedPair, RuleCheck } from './match-result';
import type { PreparedCohort } from './prepared-cohort';

/** Figures HR reads before publishing: coverage, score spread, rules checked, mixing of departments. */
export function matchQuality(
  prepared: PreparedCohort,
  pairs: readonly ProposedPair[],
  rules: readonly RuleCheck[],
  solving: Pick<MatchQuality, 'solver' | 'candidatesPerMentee' | 'candidateGapPercent' | 'pairsEvaluated'>,
): MatchQuality {
  const departmentOf = new Map(
    prepared.cohort.participants.map((p) => [p.id, p.department.trim().toLowerCase()]),
  );
  const mentors = new Set(pairs.map((p) => p.mentorId));
  const mentees = new Set(pairs.map((p) => p.menteeId));
  const departments = new Set<string>();
  let cross = 0;
  for (const pair of pairs) {
    const a = departmentOf.get(pair.mentorId) ?? '';
    const b = departmentOf.get(pair.menteeId) ?? '';
    departments.add(a).add(b);
    if (a !== b) cross++;
  }
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : round4(part / whole));
  return {
    pairs: pairs.length,
    mentorsMatchedShare: share(mentors.size, prepared.mentors.length),
    menteesMatchedShare: share(mentees.size, prepared.mentees.length),
    ...scoreFigures(pairs),
    pairsEvaluated: solving.pairsEvaluated,
    hardRulesChecked: rules,
    crossDepartmentShare: share(cross, pairs.length),
    departmentsInvolved: departments.size,
    solver: solving.solver,
    candidatesPerMentee: solving.candidatesPerMentee,
    candidateGapPercent: solving.candidateGapPercent,
  };
}

/** The pairs' total, average and lowest score (0 for no pairs), to two decimals. */
export function scoreFigures(
  pairs: readonly Pick<ProposedPair, 'score'>[],
): Pick<MatchQuality, 'totalScore' | 'averageScore' | 'lowestScore'> {
  let [total, lowest] = [0, pairs.length > 0 ? Number.POSITIVE_INFINITY : 0];
  for (const pair of pairs) {
    total += pair.score;
    lowest = Math.min(lowest, pair.score);
  }
  return {
    totalScore: round2(total),
    averageScore: pairs.length === 0 ? 0 : round2(total / pairs.length),
    lowestScore: round2(lowest),
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round4 = (value: number): number => Math.round(value * 10000) / 10000;
