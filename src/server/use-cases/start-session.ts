import type { AppDeps } from '#server/app-deps';
import { randomToken, tokenId } from '#server/auth/secrets';
import { deleteSession, findSession, insertSession } from '#store/sessions-store';

export type SessionOrigin = { readonly ip: string; readonly userAgent: string };

/**
 * A new session (a new token on every sign-in: no fixation). Returns the cookie token. `startedAt`
 * is when the person signed in: a renewed session keeps it, so renewing never extends the absolute
 * lifetime.
 */
export async function startSession(
  deps: AppDeps,
  accountId: string,
  orgId: string,
  origin: SessionOrigin,
  startedAt?: Date,
): Promise<string> {
  const token = randomToken();
  const now = deps.now();
  const createdAt = startedAt ?? now;
  const idle = now.getTime() + deps.env.sessionIdleHours * 3600_000;
  const absolute = createdAt.getTime() + deps.env.sessionAbsoluteHours * 3600_000;
  await insertSession(deps.database.db, {
    id: tokenId(token),
    orgId,
    accountId,
    csrfToken: randomToken(),
    createdAt,
    lastSeenAt: now,
    expiresAt: new Date(Math.min(idle, absolute)),
    ip: origin.ip,
    userAgent: origin.userAgent.slice(0, 300),
  });
  return token;
}

/**
 * Replaces a session by a new one (new token, new CSRF token) for the same account, in `orgId`,
 * and ends the old one. Used whenever what a session may do changes: an organisation switch, or
 * a change to one's own roles. Returns the new cookie token.
 */
export async function renewSession(
  deps: AppDeps,
  old: { readonly sessionId: string; readonly accountId: string },
  orgId: string,
  origin: SessionOrigin,
): Promise<string> {
  const { db } = deps.database;
  const previous = await findSession(db, old.sessionId);
  const token = await startSession(deps, old.accountId, orgId, origin, previous?.createdAt);
  await deleteSession(db, old.sessionId);
  return token;
}
