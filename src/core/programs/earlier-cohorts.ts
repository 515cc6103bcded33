/**
 * A program's earlier cohorts: the program it was cloned from, that one's source, and so on — newest
 * first, at most `max` (10) of them. A cycle (a link back to a program already seen, the program
 * itself included) or a missing program ends the chain; it never loops.
 */
export type CohortLink = { readonly id: string; readonly clonedFromId: string | null };

export const MAX_EARLIER_COHORTS = 10;

export function earlierCohorts<P extends CohortLink>(
  programId: string,
  programs: readonly P[],
  max: number = MAX_EARLIER_COHORTS,
): P[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  const seen = new Set([programId]);
  const chain: P[] = [];
  let next = byId.get(programId)?.clonedFromId ?? null;
  while (next !== null && chain.length < max && !seen.has(next)) {
    const program = byId.get(next);
    if (!program) break;
    seen.add(next);
    chain.push(program);
    next = program.clonedFromId;
  }
  return chain;
}
