import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '#core/access/permissions';
import { isAllowed } from '#core/access/permissions';
import type { Role } from '#core/access/roles';
import type { AppDeps } from '#server/app-deps';
import { tokenId } from '#server/auth/secrets';
import { readSessionCookie } from '#server/auth/session-cookie';
import { HttpError } from '#server/http-error';
import { findLiveSession, touchSession } from '#store/sessions-store';

/** Who is calling, in which organisation, with which roles. Every query is scoped by `orgId`. */
export type Caller = {
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  readonly orgId: string;
  readonly org: { readonly id: string; readonly slug: string; readonly name: string };
  readonly roles: readonly Role[];
  readonly personId: string | null;
  readonly membershipId: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** The permission a route needs; absent means public. */
    permission?: Permission;
  }
}

const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Reads the session cookie on API requests, then enforces each route's declared permission. */
export function registerAuthentication(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('caller', null);

  // Runs before the body is read or validated: without access, nothing about the request is processed.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.caller = await loadCaller(request, deps);
    const permission = request.routeOptions.config.permission;
    if (!permission) return;
    if (!request.caller) throw new HttpError('unauthenticated', 'Please sign in.');
    if (!isAllowed(permission, request.caller.roles)) {
      throw new HttpError('forbidden', 'Your role does not give access to this.');
    }
  });
}

async function loadCaller(request: FastifyRequest, deps: AppDeps): Promise<Caller | null> {
  const token = readSessionCookie(request, deps.env);
  if (!token) return null;
  const now = deps.now();
  const found = await findLiveSession(deps.database.db, tokenId(token), now);
  if (!found || found.account.disabled) return null;
  const { session } = found;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const absoluteEnd = session.createdAt.getTime() + deps.env.sessionAbsoluteHours * 3600_000;
    const idleEnd = now.getTime() + deps.env.sessionIdleHours * 3600_000;
    await touchSession(deps.database.db, session.id, now, new Date(Math.min(absoluteEnd, idleEnd)));
  }
  return toCaller(found);
}

/** Loads the caller of a session id (after sign-in or an organisation switch); null when gone. */
export async function callerOfSession(deps: AppDeps, sessionId: string): Promise<Caller | null> {
  const found = await findLiveSession(deps.database.db, sessionId, deps.now());
  return found && !found.account.disabled ? toCaller(found) : null;
}

function toCaller(found: NonNullable<Awaited<ReturnType<typeof findLiveSession>>>): Caller {
  const { session, account, org, membership } = found;
  return {
    sessionId: session.id,
    csrfToken: session.csrfToken,
    accountId: account.id,
    email: account.email,
    name: account.name,
    orgId: org.id,
    org,
    roles: membership.roles,
    personId: membership.personId,
    membershipId: membership.id,
  };
}

/** For handlers behind a permission: the caller is known to be there. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new HttpError('unauthenticated', 'Please sign in.');
  return request.caller;
}
