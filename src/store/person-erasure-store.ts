import { and, eq, ne, sql } from 'drizzle-orm';
import { ERASED_NAME, erasedEmail } from '#core/privacy/erasure';
import type { Db } from '#store/database';
import { TEXTS_THAT_MAY_QUOTE } from '#store/personal-data-locations';
import {
  accounts,
  calendarFeeds,
  memberships,
  notificationSettings,
  oneTimeTokens,
  outbox,
  people,
  sessions,
  sentNotifications,
} from '#store/schema';

/**
 * Issue 9: the person record and everything that identifies them outside the program content
 * (which `personal-content-store` removes); where each lies is in `personal-data-locations`, the list
 * the data export shares. Kept, so that counts and retention figures stay right:
 * level, department, hire date, employment status and end date (none names anyone on its own),
 * and every row a figure counts (enrollments, pairs, meetings, goals, concerns, responses).
 */

/** Replaces each needle by `replacement` wherever the organisation's texts quote it (case-sensitive for names). */
async function replaceInTexts(db: Db, orgId: string, needles: readonly string[], replacement: string) {
  for (const needle of needles.filter((n) => n.trim().length >= 3)) {
    for (const { table, column, json } of TEXTS_THAT_MAY_QUOTE) {
      const t = sql.identifier(table);
      const c = sql.identifier(column);
      if (json) {
        const inJson = JSON.stringify(needle).slice(1, -1);
        const replacedJson = JSON.stringify(replacement).slice(1, -1);
        await db.execute(
          sql`update ${t} set ${c} = replace(${c}::text, ${inJson}, ${replacedJson})::jsonb
              where org_id = ${orgId} and strpos(${c}::text, ${inJson}) > 0`,
        );
      } else {
        await db.execute(
          sql`update ${t} set ${c} = replace(${c}, ${needle}, ${replacement})
              where org_id = ${orgId} and strpos(${c}, ${needle}) > 0`,
        );
      }
    }
  }
}

export type ErasedPerson = {
  readonly orgId: string;
  readonly personId: string;
  readonly name: string;
  readonly email: string;
};

/**
 * Blanks the person's identifying fields, removes their sign-in (membership, sessions, tokens, email
 * choices, the account itself when it belongs to no other organisation), their calendar feeds and the emails
 * addressed to them, and replaces their name and address wherever other texts quote them.
 */
export async function erasePersonRecord(db: Db, person: ErasedPerson, now: Date): Promise<void> {
  const { orgId, personId } = person;
  const placeholder = erasedEmail(personId);
  await db
    .update(people)
    .set({
      name: ERASED_NAME,
      email: placeholder,
      title: '',
      managerId: null,
      location: '',
      timeZone: 'UTC',
      erasedAt: now,
      updatedAt: now,
    })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));

  const memberRows = await db
    .select({ id: memberships.id, accountId: memberships.accountId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.personId, personId)));
  for (const m of memberRows) {
    await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.accountId, m.accountId)));
    await db
      .delete(oneTimeTokens)
      .where(and(eq(oneTimeTokens.orgId, orgId), eq(oneTimeTokens.accountId, m.accountId)));
    await db
      .delete(notificationSettings)
      .where(and(eq(notificationSettings.orgId, orgId), eq(notificationSettings.accountId, m.accountId)));
    await db.delete(memberships).where(eq(memberships.id, m.id));
    const elsewhere = await db.$count(
      memberships,
      and(eq(memberships.accountId, m.accountId), ne(memberships.orgId, orgId)),
    );
    // Cascades to its sessions, tokens and notification settings everywhere.
    if (elsewhere === 0) await db.delete(accounts).where(eq(accounts.id, m.accountId));
  }

  await db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.orgId, orgId), eq(calendarFeeds.personId, personId)));
  await db
    .delete(outbox)
    .where(and(eq(outbox.orgId, orgId), sql`lower(${outbox.toAddress}) = lower(${person.email})`));
  // Kept (a retried job must still find the occasion taken), but no longer addressed to them.
  await db
    .update(sentNotifications)
    .set({ toAddress: placeholder })
    .where(
      and(
        eq(sentNotifications.orgId, orgId),
        sql`lower(${sentNotifications.toAddress}) = lower(${person.email})`,
      ),
    );

  await replaceInTexts(db, orgId, [person.email, person.email.toLowerCase()], placeholder);
  await replaceInTexts(db, orgId, [person.name], ERASED_NAME);
}
