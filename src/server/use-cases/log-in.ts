import { setTimeout as wait } from 'node:timers/promises';
import { decideLoginThrottle, LOGIN_THROTTLE, throttleMessage } from '#core/accounts/login-throttle';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { DECOY_HASH, tokenId, verifyPassword } from '#server/auth/secrets';
import { type SessionOrigin, startSession } from '#server/use-cases/start-session';
import { findAccountByEmail, listOrganisationsOf } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import {
  clearLoginFailures,
  countRecentLoginFailures,
  type FailureKeys,
  forgetLoginFailure,
  recordLoginFailure,
} from '#store/login-failures-store';
import { deleteSession } from '#store/sessions-store';

const REFUSED = issue('unauthenticated', 'Email or password is incorrect.');

/** A refusal for too many failures carries how long to wait (the route sends it as Retry-After). */
export type LogInResult =
  | Result<{ token: string }>
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly retryAfterSeconds: number };

/**
 * Checks the password and opens a session in the account's first organisation. Recent failures for
 * the email (known or not) and for the address first slow the answer down, then refuse it. Every
 * attempt counts as a failure from the start until its password is found right. A successful
 * sign-in always gets a new session and ends the one the browser carried before.
 */
export async function logIn(
  deps: AppDeps,
  input: {
    readonly email: string;
    readonly password: string;
    /** The session the browser already carried, if any: a sign-in replaces it, never reuses it. */
    readonly previousSessionId?: string | undefined;
  } & SessionOrigin,
): Promise<LogInResult> {
  const { db } = deps.database;
  const keys: FailureKeys = { emailDigest: tokenId(input.email.trim().toLowerCase()), ip: input.ip };
  const started = deps.now();
  const since = new Date(started.getTime() - LOGIN_THROTTLE.windowMs);
  // Written before counting, so attempts made in parallel see each other; it stays if the password fails.
  const attempt = await recordLoginFailure(db, keys, started, since);
  const decision = decideLoginThrottle(await countRecentLoginFailures(db, keys, since, attempt), started);
  if (decision.kind === 'refuse') {
    await forgetLoginFailure(db, attempt);
    const { retryAfterSeconds } = decision;
    return {
      ok: false,
      issues: [issue('rate_limited', throttleMessage(retryAfterSeconds))],
      retryAfterSeconds,
    };
  }
  if (decision.kind === 'delay') await (deps.sleep ?? wait)(decision.delayMs);

  const account = await findAccountByEmail(db, input.email);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? DECOY_HASH);
  if (!account?.passwordHash || !matches || account.disabled) return fail([REFUSED]);
  const [org] = await listOrganisationsOf(db, account.id);
  if (!org) return fail([REFUSED]);
  await clearLoginFailures(db, keys.emailDigest);
  if (input.previousSessionId) await deleteSession(db, input.previousSessionId);
  const token = await startSession(deps, account.id, org.id, input);
  await recordAudit(db, {
    orgId: org.id,
    actorAccountId: account.id,
    action: 'account.signed_in',
    ip: input.ip,
  });
  return ok({ token });
}
