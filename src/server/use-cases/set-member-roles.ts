import type { Role } from '#core/access/roles';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { countOrgAdmins, getMembership, setMembershipRoles } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';

/** Changes a member's roles; an organisation always keeps at least one admin. */
export async function setMemberRoles(
  deps: AppDeps,
  caller: Caller,
  input: { membershipId: string; roles: readonly Role[] },
  ip: string,
): Promise<Result<null>> {
  const roles = [...new Set(input.roles)];
  return deps.database.db.transaction(async (tx) => {
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
    await setMembershipRoles(db, caller.orgId, membership.id, roles);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'member.roles_changed',
      target: membership.accountId,
      detail: { from: membership.roles, to: roles },
      ip,
    });
    return ok(null);
  });
}
