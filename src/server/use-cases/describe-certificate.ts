import { completedProgram, pairsThatLasted } from '#core/impact/certificate-eligibility';
import type { CertificateFacts } from '#core/impact/certificate-lines';
import { fail, issue, ok, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';
import { listOwnPairs, ownContribution } from '#store/certificates-store';
import type { Db } from '#store/database';
import { getPerson } from '#store/people-store';
import { getProgramRow } from '#store/programs-store';

export const NO_CERTIFICATE = 'There is no certificate for you in this program.';

/**
 * The caller's certificate of participation in a program (#core/impact/certificate-eligibility):
 * only their own, only once the program is closed and they completed it. Every other case — not their
 * program, another organisation's, not closed, a pair ended early — is the same "not found", so the
 * answer tells nobody more than that.
 */
export async function describeCertificate(
  db: Db,
  caller: Caller,
  programId: string,
): Promise<Result<CertificateFacts>> {
  const none = fail<CertificateFacts>([issue('not_found', NO_CERTIFICATE)]);
  if (!caller.personId) return none;
  const [program, person, own] = await Promise.all([
    getProgramRow(db, caller.orgId, programId),
    getPerson(db, caller.orgId, caller.personId),
    listOwnPairs(db, caller.orgId, caller.personId, programId),
  ]);
  if (!program || !person || !completedProgram(program, own)) return none;
  const [lasted] = pairsThatLasted(program, own);
  if (!lasted) return none;
  const contribution = await ownContribution(db, caller.orgId, own);
  return ok({
    personName: person.name,
    side: lasted.side,
    program: {
      name: program.name,
      type: program.type,
      startDate: program.startDate,
      endDate: program.endDate,
    },
    organisationName: caller.org.name,
    ...contribution,
  });
}
