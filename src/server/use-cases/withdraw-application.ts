import { withdrawRefusal } from '#core/programs/enrollment-rules';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { employeeRecordOf } from '#server/use-cases/employee-record-of';
import { loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import type { Db } from '#store/database';
import { withdrawConsentFromStoredRuns } from '#store/consent-withdrawal-store';
import { findEnrollmentOfPerson, recordConsent, updateEnrollment } from '#store/enrollments-store';

/**
 * The caller leaves a program (or declines an invitation or nomination). Consent to use their
 * sensitive answers in matching ends with it, and that withdrawal of consent is recorded too; in
 * the same transaction the program's stored match runs lose those answers (and the scores resting
 * on them). Withdrawing twice is harmless.
 */
export async function withdrawApplication(
  deps: AppDeps,
  caller: Caller,
  programId: string,
): Promise<Result<{ status: 'withdrawn' }>> {
  const personId = employeeRecordOf(caller);
  if (!personId.ok) return personId;
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadEnrollmentProgram(db, caller.orgId, programId);
    if (!loaded.ok) return loaded;
    const enrollment = await findEnrollmentOfPerson(db, caller.orgId, programId, personId.value);
    if (!enrollment) return fail([issue('not_found', 'You are not in that program.')]);
    if (enrollment.status === 'withdrawn') return ok({ status: 'withdrawn' as const });
    const refusal = withdrawRefusal(enrollment.status, loaded.value.row.phase);
    if (refusal) return fail([issue('conflict', refusal)]);
    await updateEnrollment(db, caller.orgId, enrollment.id, {
      status: 'withdrawn',
      withdrawnAt: deps.now(),
      matchingConsent: false,
    });
    if (enrollment.matchingConsent) {
      await recordConsent(db, { orgId: caller.orgId, enrollmentId: enrollment.id, granted: false });
    }
    await withdrawConsentFromStoredRuns(db, { orgId: caller.orgId, programId, personId: personId.value });
    return ok({ status: 'withdrawn' as const });
  });
}
