import { and, eq, sql } from 'drizzle-orm';
import type { MatchResult } from '#core/matching/match-result';
import { parseCohort } from '#core/matching/parse-cohort';
import type { Proposal } from '#core/pairing/proposal';
import { withdrawConsentFromRun } from '#core/privacy/consent-withdrawal';
import type { Db } from '#store/database';
import { matchRuns, pairs } from '#store/schema';

/**
 * Issue 9: withdrawing consent to use sensitive answers in matching takes effect at once, also in
 * the match runs already stored. Called in the same transaction as the consent change: every run of
 * the program holding the person loses their consented answers (snapshot, scores and explanations,
 * see #core/privacy/consent-withdrawal), and the pairs published from such a run take the new score,
 * explanation and contributions. Returns how many runs changed.
 */
export async function withdrawConsentFromStoredRuns(
  db: Db,
  input: { readonly orgId: string; readonly programId: string; readonly personId: string },
): Promise<number> {
  const { orgId, programId, personId } = input;
  const rows = await db
    .select()
    .from(matchRuns)
    .where(
      and(
        eq(matchRuns.orgId, orgId),
        eq(matchRuns.programId, programId),
        sql`${matchRuns.cohort}->'participants' @> ${JSON.stringify([{ id: personId }])}::jsonb`,
      ),
    )
    .for('update');
  let changed = 0;
  for (const row of rows) {
    // Parsed, not cast: a snapshot an older version wrote may no longer fit the schema.
    const cohort = parseCohort(row.cohort);
    if (!cohort.ok) {
      // A snapshot that no longer parses cannot be scored again; its answers still go.
      await stripSnapshotEntry(db, row.id, personId);
      changed++;
      continue;
    }
    const stored = {
      cohort: cohort.value,
      result: row.result as MatchResult,
      proposal: row.proposal as Proposal,
    };
    const scrubbed = withdrawConsentFromRun(stored, personId);
    if (!scrubbed) continue;
    await db
      .update(matchRuns)
      .set({
        cohort: scrubbed.cohort as unknown as Record<string, unknown>,
        result: scrubbed.result as unknown as Record<string, unknown>,
        proposal: [...scrubbed.proposal],
      })
      .where(and(eq(matchRuns.orgId, orgId), eq(matchRuns.id, row.id)));
    for (const pair of scrubbed.published) {
      await db
        .update(pairs)
        .set({
          score: pair.score,
          contributions: [...pair.contributions],
          // An explanation already removed (erasure, retention) stays removed.
          explanation: sql`case when ${pairs.explanation} = '' then '' else ${pair.explanation} end`,
        })
        .where(
          and(
            eq(pairs.orgId, orgId),
            eq(pairs.matchRunId, row.id),
            eq(pairs.mentorPersonId, pair.mentorId),
            eq(pairs.menteePersonId, pair.menteeId),
          ),
        );
    }
    changed++;
  }
  return changed;
}

async function stripSnapshotEntry(db: Db, runId: string, personId: string): Promise<void> {
  await db.execute(sql`
    update match_runs set cohort = jsonb_set(cohort, '{participants}', (
      select jsonb_agg(case when p->>'id' = ${personId}
                            then (p - 'background' - 'generation')
                                 || '{"background": {}, "consentsToBackgroundMatching": false}'::jsonb
                            else p end order by ord)
      from jsonb_array_elements(cohort->'participants') with ordinality as e(p, ord)))
    where id = ${runId}`);
}
