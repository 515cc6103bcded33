import type { PairRef } from '#core/matching/cohort-schema';
import { proposeMatches } from '#core/matching/propose-matches';
import { pairEvaluator } from '#core/pairing/evaluate-pair';
import { proposalFromResult } from '#core/pairing/proposal';
import { safeExplanation } from '#core/pairing/safe-explanation';
import { loadProgramCohort } from '#server/use-cases/load-program-cohort';
import type { Db } from '#store/database';
import { type DemoProgram, demoPrograms } from '#store/demo/demo-programs';
import { insertMatchRun } from '#store/match-runs-store';
import { insertPairs } from '#store/pairs-store';
import { listProgramSummaries, getProgramRow } from '#store/programs-store';

/** The pairs the demo's story is told with (DOMAIN.md): they must come out of the matcher. */
const STORY_PAIRS: readonly { mentor: string; mentee: string }[] = [
  { mentor: 'junior-blockchain-engineer', mentee: 'cfo' },
  { mentor: 'social-media-manager', mentee: 'vp-marketing' },
];

const at = (isoDate: string) => new Date(`${isoDate}T09:00:00Z`);

/**
 * Gives the demo's running and closed programs their pairs by running the real matcher on their
 * approved people, oldest program first (so earlier pairs are history). The story pairs are pinned
 * only when the matcher would not make them. The closed pilot's pairs ended at its end date.
 */
export async function seedDemoPairs(
  db: Db,
  orgId: string,
  personIdOf: (key: string) => string,
): Promise<void> {
  const wanted = ['reverse-mentoring-pilot-2025', 'reverse-mentoring-2026'];
  const summaries = await listProgramSummaries(db, orgId);
  for (const key of wanted) {
    const demo = demoPrograms.find((p) => p.key === key)!;
    const summary = summaries.find((s) => s.name === demo.name)!;
    const program = (await getProgramRow(db, orgId, summary.id))!;
    const story: PairRef[] = STORY_PAIRS.map((p) => ({
      mentorId: personIdOf(p.mentor),
      menteeId: personIdOf(p.mentee),
    }));
    const made = async (pins: readonly PairRef[]) => {
      const cohort = await loadProgramCohort(db, orgId, program, { kind: 'initial', pins });
      if (!cohort.ok)
        throw new Error(`demo cohort of ${demo.name}: ${cohort.issues.map((i) => i.message).join('; ')}`);
      return { cohort: cohort.value, result: proposeMatches(cohort.value) };
    };
    let run = await made([]);
    const ids = new Set(run.cohort.participants.map((p) => p.id));
    const storyHere = story.filter((p) => ids.has(p.mentorId) && ids.has(p.menteeId));
    const missing = storyHere.some(
      (s) => !run.result.pairs.some((p) => p.mentorId === s.mentorId && p.menteeId === s.menteeId),
    );
    if (missing) run = await made(storyHere);
    const proposal = proposalFromResult(run.cohort, run.result, pairEvaluator(run.cohort));
    const startedAt = at(activeOn(demo));
    const closed = demo.transitions.some((t) => t.to === 'closed');
    const row = await insertMatchRun(db, orgId, {
      programId: program.id,
      kind: 'initial',
      status: 'published',
      cohort: run.cohort as unknown as Record<string, unknown>,
      result: run.result as unknown as Record<string, unknown>,
      proposal: [...proposal],
      publishedAt: startedAt,
      createdAt: new Date(startedAt.getTime() - 7 * 86_400_000),
    });
    await insertPairs(
      db,
      proposal.map((p) => ({
        orgId,
        programId: program.id,
        mentorPersonId: p.mentorId,
        menteePersonId: p.menteeId,
        score: Math.round(p.score),
        explanation: safeExplanation(p.explanation),
        contributions: [...p.contributions],
        matchRunId: row.id,
        startedAt,
        ...(closed ? { status: 'ended' as const, endedAt: at(demo.endDate) } : {}),
      })),
    );
  }
}

function activeOn(program: DemoProgram): string {
  return program.transitions.find((t) => t.to === 'active')?.on ?? program.startDate;
}
