import type { Role } from '#core/access/roles';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { invitationEmail } from '#server/mail/account-emails';
import { issueOneTimeLink } from '#server/use-cases/issue-one-time-link';
import { findAccountByEmail, findMembership, insertAccount, insertMembership } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { findPersonByEmail } from '#store/people-store';

export type InviteInput = { readonly email: string; readonly name: string; readonly roles: readonly Role[] };

/**
 * Adds someone to the organisation and emails them a link. Everything (account, membership, link,
 * email in the outbox) is written in one transaction: an invitation is whole or absent.
 */
export async function inviteMember(
  deps: AppDeps,
  caller: Caller,
  input: InviteInput,
  ip: string,
): Promise<Result<{ membershipId: string }>> {
  const email = input.email.trim().toLowerCase();
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const existing = await findAccountByEmail(db, email);
    if (existing && (await findMembership(db, caller.orgId, existing.id))) {
      return fail([issue('conflict', `${email} is already a member of ${caller.org.name}.`, ['email'])]);
    }
    const account =
      existing ?? (await insertAccount(db, { email, name: input.name.trim(), passwordHash: null }));
    const person = await findPersonByEmail(db, caller.orgId, email);
    const membership = await insertMembership(db, {
      orgId: caller.orgId,
      accountId: account.id,
      personId: person?.id ?? null,
      roles: [...new Set(input.roles)],
    });
    const url = await issueOneTimeLink(
      { ...deps, database: { ...deps.database, db } },
      { orgId: caller.orgId, accountId: account.id, purpose: 'invitation', createdBy: caller.accountId },
    );
    await deps.mailer.send(
      db,
      invitationEmail({
        orgId: caller.orgId,
        to: email,
        orgName: caller.org.name,
        inviterName: caller.name,
        name: account.name,
        url,
      }),
    );
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'member.invited',
      target: email,
      detail: { roles: input.roles },
      ip,
    });
    return ok({ membershipId: membership.id });
  });
}
