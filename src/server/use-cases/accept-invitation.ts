import { checkPassword } from '#core/accounts/password-policy';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { commonPasswords } from '#server/auth/common-passwords';
import { hashPassword } from '#server/auth/secrets';
import { findUsableToken } from '#server/use-cases/redeem-one-time-token';
import { type SessionOrigin, startSession } from '#server/use-cases/start-session';
import { setAccountPassword } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import { consumeOneTimeToken } from '#store/one-time-tokens-store';
import { deleteSession } from '#store/sessions-store';

export async function describeInvitation(deps: AppDeps, token: string) {
  const found = await findUsableToken(deps, token, 'invitation');
  if (!found.ok) return found;
  const { account, org, token: row } = found.value;
  return ok({
    email: account.email,
    name: account.name,
    orgName: org.name,
    expiresAt: row.expiresAt.toISOString(),
  });
}

/**
 * The invited person chooses a name and password and is signed in to the inviting organisation. Like
 * a sign-in, accepting ends the session the browser already carried (whoever's it was) and starts a
 * new one: never a reused session id.
 */
export async function acceptInvitation(
  deps: AppDeps,
  input: {
    token: string;
    name: string;
    password: string;
    /** The session the browser already carried, if any: ended once the invitation is accepted. */
    previousSessionId?: string | undefined;
  } & SessionOrigin,
): Promise<Result<{ token: string }>> {
  const name = input.name.trim();
  if (!name) return fail([issue('required', 'Enter your name.', ['name'])]);
  const found = await findUsableToken(deps, input.token, 'invitation');
  if (!found.ok) return found;
  const { db } = deps.database;
  const { account, org } = found.value;
  const policy = checkPassword(input.password, {
    commonPasswords: commonPasswords(),
    email: account.email,
    orgName: org.name,
  });
  if (!policy.ok) return policy;
  const passwordHash = await hashPassword(input.password);
  if (!(await consumeOneTimeToken(db, found.value.token.id, deps.now()))) {
    return fail([issue('gone', 'This invitation has already been used.')]);
  }
  await setAccountPassword(db, account.id, passwordHash, name);
  if (input.previousSessionId) await deleteSession(db, input.previousSessionId);
  await recordAudit(db, {
    orgId: org.id,
    actorAccountId: account.id,
    action: 'account.invitation_accepted',
    ip: input.ip,
  });
  return ok({ token: await startSession(deps, account.id, org.id, input) });
}
