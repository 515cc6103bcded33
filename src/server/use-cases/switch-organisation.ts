import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { renewSession, type SessionOrigin } from '#server/use-cases/start-session';
import { findMembership } from '#store/accounts-store';

/**
 * Continues in another organisation the account belongs to; any other id is not found. The roles
 * change with the organisation, so the session is renewed: a new token and CSRF token, the old
 * session ended. Returns the new cookie token.
 */
export async function switchOrganisation(
  deps: AppDeps,
  caller: Caller,
  orgId: string,
  origin: SessionOrigin,
): Promise<Result<{ token: string }>> {
  const membership = await findMembership(deps.database.db, orgId, caller.accountId);
  if (!membership) return fail([issue('not_found', 'That organisation was not found.')]);
  return ok({ token: await renewSession(deps, caller, orgId, origin) });
}
