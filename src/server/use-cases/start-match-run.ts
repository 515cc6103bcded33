import { proposeMatches } from '#core/matching/propose-matches';
import { pairEvaluator } from '#core/pairing/evaluate-pair';
import { proposalFromResult } from '#core/pairing/proposal';
import { readRun } from '#core/pairing/run-figures';
import { PHASE_LABELS } from '#core/programs/program-phase';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getMatchRun, insertMatchRun, type MatchRunRow } from '#store/match-runs-store';
import { getProgramRow } from '#store/programs-store';
import { loadProgramCohort } from '#server/use-cases/load-program-cohort';

export type StartMatchRunInput = {
  readonly weights?: Record<string, number> | undefined;
  readonly rules?: Record<string, unknown> | undefined;
  readonly basedOnRunId?: string | undefined;
};

/**
 * Runs the matcher for a program and stores the run whole (cohort, result, proposal). In phase
 * matching it is the first run over the approved people; in active or midpoint it is a re-match of
 * the freed people and the wait-list. A what-if run starts from an earlier run's weights, rules,
 * pins and blocks, with the given overrides on top.
 */
export async function startMatchRun(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  input: StartMatchRunInput,
): Promise<Result<MatchRunRow>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const program = await getProgramRow(db, caller.orgId, programId);
    if (!program) return programNotFound();
    const kind =
      program.phase === 'matching'
        ? 'initial'
        : ['active', 'midpoint'].includes(program.phase)
          ? 'rematch'
          : null;
    if (!kind) {
      return fail([
        issue(
          'conflict',
          `Matching runs in the matching phase, or as a re-match when active or at the midpoint; this program is ${PHASE_LABELS[program.phase]}.`,
        ),
      ]);
    }
    let base: {
      weights: Record<string, number | undefined>;
      rules: Record<string, unknown>;
      pins: unknown[];
      blocks: unknown[];
    } | null = null;
    if (input.basedOnRunId) {
      const row = await getMatchRun(db, caller.orgId, input.basedOnRunId);
      if (!row || row.programId !== program.id)
        return fail([issue('not_found', 'The run to start from was not found in this program.')]);
      const read = readRun(row);
      if (read.ok) base = read.value.cohort;
    }
    const cohort = await loadProgramCohort(db, caller.orgId, program, {
      kind,
      rules: { ...(base?.rules ?? {}), ...(input.rules ?? {}) },
      weights: { ...definedOnly(base?.weights ?? {}), ...(input.weights ?? {}) },
      pins: (base?.pins ?? []) as never,
      blocks: (base?.blocks ?? []) as never,
    });
    if (!cohort.ok) return fail(cohort.issues.map((i) => issue('validation', i.message, i.path)));
    const result = proposeMatches(cohort.value);
    const proposal = proposalFromResult(cohort.value, result, pairEvaluator(cohort.value));
    const row = await insertMatchRun(db, caller.orgId, {
      programId: program.id,
      kind,
      cohort: cohort.value as unknown as Record<string, unknown>,
      result: result as unknown as Record<string, unknown>,
      proposal: [...proposal],
      basedOnRunId: input.basedOnRunId ?? null,
      createdByAccountId: caller.accountId,
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'match_run.started',
      target: program.name,
      detail: { programId: program.id, runId: row.id, kind, pairs: proposal.length },
    });
    return ok(row);
  });
}

function definedOnly(weights: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(weights).filter((e): e is [string, number] => e[1] !== undefined));
}
