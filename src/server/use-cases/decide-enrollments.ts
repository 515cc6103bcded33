import { type Decision, DECISION_STATUS, decisionRefusal } from '#core/programs/enrollment-rules';
import { PHASE_LABELS, type Phase } from '#core/programs/program-phase';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { decisionEmail, programPageUrl } from '#server/mail/enrollment-emails';
import { loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { enrollmentsByIds, updateEnrollment } from '#store/enrollments-store';

export type DecideEnrollmentsInput = {
  readonly programId: string;
  readonly enrollmentIds: readonly string[];
  readonly decision: Decision;
};

/** HR decides until matching is done: a wait-listed person may still be approved while matching. */
const DECIDING_PHASES: readonly Phase[] = ['draft', 'recruiting', 'matching'];

/**
 * HR approves, declines or wait-lists applications, one or many. Only applied or wait-listed
 * applications can be decided; any other state is reported per id (path ['enrollmentIds', index])
 * and nothing changes. Each person is emailed the outcome.
 */
export async function decideEnrollments(
  deps: AppDeps,
  caller: Caller,
  input: DecideEnrollmentsInput,
  ip: string,
): Promise<Result<{ updated: number }>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadEnrollmentProgram(db, caller.orgId, input.programId);
    if (!loaded.ok) return loaded;
    const program = loaded.value.row;
    if (!DECIDING_PHASES.includes(program.phase)) {
      return fail([
        issue('conflict', `Applications cannot be decided once a program is ${PHASE_LABELS[program.phase]}.`),
      ]);
    }
    const ids = [...new Set(input.enrollmentIds)];
    const rows = new Map((await enrollmentsByIds(db, caller.orgId, program.id, ids)).map((r) => [r.id, r]));
    const missing = ids.find((id) => !rows.has(id));
    if (missing) return fail([issue('not_found', `Enrollment ${missing} was not found in this program.`)]);
    const issues: Issue[] = [];
    input.enrollmentIds.forEach((id, index) => {
      if (input.enrollmentIds.indexOf(id) !== index) return; // a repeated id is reported once
      const row = rows.get(id)!;
      const refusal = decisionRefusal(row.status, input.decision);
      if (refusal)
        issues.push(issue('wrong_status', `${row.personName}: ${refusal}`, ['enrollmentIds', index]));
    });
    if (issues.length) return fail(issues);

    const now = deps.now();
    for (const row of rows.values()) {
      await updateEnrollment(db, caller.orgId, row.id, {
        status: DECISION_STATUS[input.decision],
        decidedByAccountId: caller.accountId,
        decidedAt: now,
      });
      await deps.mailer.send(
        db,
        decisionEmail({
          orgId: caller.orgId,
          orgName: caller.org.name,
          to: row.personEmail,
          name: row.personName,
          programName: program.name,
          programUrl: programPageUrl(deps.env.publicUrl, program.id),
          decision: input.decision,
        }),
      );
    }
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'enrollments.decided',
      target: program.name,
      detail: { programId: program.id, decision: input.decision, enrollmentIds: ids },
      ip,
    });
    return ok({ updated: rows.size });
  });
}
