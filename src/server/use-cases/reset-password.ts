import { checkPassword } from '#core/accounts/password-policy';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { commonPasswords } from '#server/auth/common-passwords';
import { hashPassword } from '#server/auth/secrets';
import { findUsableToken } from '#server/use-cases/redeem-one-time-token';
import { setAccountPassword } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import { consumeOneTimeToken } from '#store/one-time-tokens-store';
import { deleteSessionsOfAccount } from '#store/sessions-store';

/** Sets a new password from a reset link and signs the account out everywhere. */
export async function resetPassword(
  deps: AppDeps,
  input: { token: string; password: string; ip: string },
): Promise<Result<null>> {
  const found = await findUsableToken(deps, input.token, 'password_reset');
  if (!found.ok) return found;
  const policy = checkPassword(input.password, {
    commonPasswords: commonPasswords(),
    email: found.value.account.email,
    orgName: found.value.org.name,
  });
  if (!policy.ok) return policy;
  const { db } = deps.database;
  const passwordHash = await hashPassword(input.password);
  if (!(await consumeOneTimeToken(db, found.value.token.id, deps.now()))) {
    return fail([issue('gone', 'This password reset link has already been used.')]);
  }
  await setAccountPassword(db, found.value.account.id, passwordHash);
  await deleteSessionsOfAccount(db, found.value.account.id);
  await recordAudit(db, {
    orgId: found.value.org.id,
    actorAccountId: found.value.account.id,
    action: 'account.password_reset',
    ip: input.ip,
  });
  return ok(null);
}
