import { and, eq, sql } from 'drizzle-orm';
import { checkErasure } from '#core/privacy/erasure';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { countOrgAdmins } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { erasePersonRecord } from '#store/person-erasure-store';
import { personContentScope, removePrivateContent } from '#store/personal-content-store';
import { memberships, people } from '#store/schema';

/**
 * Issue 9: an org admin erases a person, in one transaction. Their identifying fields are blanked,
 * their private content removed and their sign-in ended; every row a figure counts stays, so a
 * program's funnel, meeting counts and survey scales read the same afterwards. The audit event
 * names the person by id only.
 */
export async function erasePerson(
  deps: AppDeps,
  caller: Caller,
  input: { readonly personId: string; readonly confirm: string },
  ip: string,
): Promise<Result<{ readonly personId: string }>> {
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [person] = await db
      .select({ id: people.id, name: people.name, email: people.email, erasedAt: people.erasedAt })
      .from(people)
      .where(and(eq(people.orgId, caller.orgId), eq(people.id, input.personId)))
      .for('update');
    if (!person) return fail([issue('not_found', 'That person was not found.')]);
    const [adminCount, personAdmins] = await Promise.all([
      countOrgAdmins(db, caller.orgId),
      db.$count(
        memberships,
        and(
          eq(memberships.orgId, caller.orgId),
          eq(memberships.personId, person.id),
          sql`'org_admin' = any(${memberships.roles})`,
        ),
      ),
    ]);
    const allowed = checkErasure({
      callerPersonId: caller.personId,
      personId: person.id,
      personEmail: person.email,
      alreadyErased: person.erasedAt !== null,
      confirm: input.confirm,
      personIsOrgAdmin: personAdmins > 0,
      orgAdminCount: adminCount,
    });
    if (!allowed.ok) return allowed;

    await removePrivateContent(db, await personContentScope(db, caller.orgId, person.id), now);
    await erasePersonRecord(
      db,
      { orgId: caller.orgId, personId: person.id, name: person.name, email: person.email },
      now,
    );
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'person.erased',
      target: person.id,
      ip,
    });
    return ok({ personId: person.id });
  });
}
