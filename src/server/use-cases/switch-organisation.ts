import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { findMembership } from '#store/accounts-store';
import { switchSessionOrg } from '#store/sessions-store';

/** Moves the session to another organisation the account belongs to; any other id is not found. */
export async function switchOrganisation(
  deps: AppDeps,
  caller: Caller,
  orgId: string,
): Promise<Result<null>> {
  const membership = await findMembership(deps.database.db, orgId, caller.accountId);
  if (!membership) return fail([issue('not_found', 'That organisation was not found.')]);
  await switchSessionOrg(deps.database.db, caller.sessionId, orgId);
  return ok(null);
}
