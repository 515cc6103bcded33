import type { Role } from '#core/access/roles';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { renewSession, type SessionOrigin } from '#server/use-cases/start-session';
import { countOrgAdmins, getMembership, setMembershipRoles } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { deleteSessionsOfMember } from '#store/sessions-store';

/**
 * Changes a member's roles; an organisation always keeps at least one admin. When the roles really
 * change, the member's sessions in this organisation end (they sign in again with the new roles);
 * when callers change their own roles, their current session is renewed instead of ended, and the
 * new cookie token is returned.
 */
export async function setMemberRoles(
  deps: AppDeps,
  caller: Caller,
  input: { membershipId: string; roles: readonly Role[] },
  origin: SessionOrigin,
): Promise<Result<{ renewedToken: string | null }>> {
  const roles = [...new Set(input.roles)];
  const changed = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const membership = await getMembership(db, caller.orgId, input.membershipId);
    if (!membership) return fail([issue('not_found', 'That member was not found.')]);
    const losesAdmin = membership.roles.includes('org_admin') && !roles.includes('org_admin');
    if (losesAdmin && (await countOrgAdmins(db, caller.orgId)) <= 1) {
      return fail([
        issue('conflict', 'An organisation needs at least one admin. Make someone else an admin first.', [
          'roles',
        ]),
      ]);
    }
    const same = roles.length === membership.roles.length && roles.every((r) => membership.roles.includes(r));
    if (same) return ok({ accountId: membership.accountId, changed: false });
    await setMembershipRoles(db, caller.orgId, membership.id, roles);
    // The caller's current session is left for `renewSession` below, which keeps its sign-in time.
    await deleteSessionsOfMember(db, caller.orgId, membership.accountId, caller.sessionId);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'member.roles_changed',
      target: membership.accountId,
      detail: { from: membership.roles, to: roles },
      ip: origin.ip,
    });
    return ok({ accountId: membership.accountId, changed: true });
  });
  if (!changed.ok) return changed;
  const own = changed.value.changed && changed.value.accountId === caller.accountId;
  return ok({ renewedToken: own ? await renewSession(deps, caller, caller.orgId, origin) : null });
}
