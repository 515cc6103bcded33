import type { AppDeps } from '#server/app-deps';
import { randomToken, tokenId } from '#server/auth/secrets';
import { insertSession } from '#store/sessions-store';

export type SessionOrigin = { readonly ip: string; readonly userAgent: string };

/** A new session (a new token on every sign-in: no fixation). Returns the cookie token. */
export async function startSession(
  deps: AppDeps,
  accountId: string,
  orgId: string,
  origin: SessionOrigin,
): Promise<string> {
  const token = randomToken();
  const now = deps.now();
  const idle = now.getTime() + deps.env.sessionIdleHours * 3600_000;
  const absolute = now.getTime() + deps.env.sessionAbsoluteHours * 3600_000;
  await insertSession(deps.database.db, {
    id: tokenId(token),
    orgId,
    accountId,
    csrfToken: randomToken(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(Math.min(idle, absolute)),
    ip: origin.ip,
    userAgent: origin.userAgent.slice(0, 300),
  });
  return token;
}
