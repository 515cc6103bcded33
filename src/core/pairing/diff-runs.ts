export type RunPairs = readonly {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
}[];

export type RunDiff = {
  readonly kept: number;
  readonly changed: readonly {
    readonly mentee: string;
    readonly from: string | null;
    readonly to: string | null;
    readonly scoreChange: number;
  }[];
  readonly newlyUnmatched: readonly string[];
  readonly newlyMatched: readonly string[];
  readonly averageScoreChange: number;
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

const average = (pairs: RunPairs) =>
  pairs.length === 0 ? 0 : pairs.reduce((sum, p) => sum + p.score, 0) / pairs.length;

/**
 * What changes from run `before` to run `after`: pairs kept, mentees whose mentor changed (from,
 * to, score change), people matched in one and not the other, and the change of the average score.
 * `label` names a person (ids by default).
 */
export function diffRuns(
  before: RunPairs,
  after: RunPairs,
  label: (id: string) => string = (id) => id,
): RunDiff {
  const key = (p: RunPairs[number]) => `${p.mentorId}\u0000${p.menteeId}`;
  const afterKeys = new Set(after.map(key));
  const kept = before.filter((p) => afterKeys.has(key(p))).length;
  const beforeOf = new Map(before.map((p) => [p.menteeId, p]));
  const afterOf = new Map(after.map((p) => [p.menteeId, p]));
  const mentees = [...new Set([...beforeOf.keys(), ...afterOf.keys()])].sort();
  const changed = mentees.flatMap((mentee) => {
    const a = beforeOf.get(mentee);
    const b = afterOf.get(mentee);
    if (a && b && a.mentorId === b.mentorId) return [];
    return [
      {
        mentee: label(mentee),
        from: a ? label(a.mentorId) : null,
        to: b ? label(b.mentorId) : null,
        scoreChange: round2((b?.score ?? 0) - (a?.score ?? 0)),
      },
    ];
  });
  const people = (pairs: RunPairs) => new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]));
  const inBefore = people(before);
  const inAfter = people(after);
  return {
    kept,
    changed,
    newlyUnmatched: [...inBefore]
      .filter((id) => !inAfter.has(id))
      .sort()
      .map(label),
    newlyMatched: [...inAfter]
      .filter((id) => !inBefore.has(id))
      .sort()
      .map(label),
    averageScoreChange: round2(average(after) - average(before)),
  };
}
