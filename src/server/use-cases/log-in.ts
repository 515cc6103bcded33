import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { DECOY_HASH, verifyPassword } from '#server/auth/secrets';
import { type SessionOrigin, startSession } from '#server/use-cases/start-session';
import { findAccountByEmail, listOrganisationsOf } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';

const REFUSED = issue('unauthenticated', 'Email or password is incorrect.');

/** Checks the password and opens a session in the account's first organisation. */
export async function logIn(
  deps: AppDeps,
  input: { readonly email: string; readonly password: string } & SessionOrigin,
): Promise<Result<{ token: string }>> {
  const { db } = deps.database;
  const account = await findAccountByEmail(db, input.email);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? DECOY_HASH);
  if (!account?.passwordHash || !matches || account.disabled) return fail([REFUSED]);
  const [org] = await listOrganisationsOf(db, account.id);
  if (!org) return fail([REFUSED]);
  const token = await startSession(deps, account.id, org.id, input);
  await recordAudit(db, {
    orgId: org.id,
    actorAccountId: account.id,
    action: 'account.signed_in',
    ip: input.ip,
  });
  return ok({ token });
}
