import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { type NotificationChoices, resolveChoices } from '#core/notifications/notification-choices';
import type { Db } from '#store/database';
import { memberships, notificationSettings } from '#store/schema';

/** A member's choices (the defaults where they never chose). */
export async function getNotificationChoices(
  db: Db,
  orgId: string,
  accountId: string,
): Promise<NotificationChoices> {
  const [row] = await db
    .select({ choices: notificationSettings.choices })
    .from(notificationSettings)
    .where(and(eq(notificationSettings.orgId, orgId), eq(notificationSettings.accountId, accountId)));
  return resolveChoices(row?.choices);
}

export async function saveNotificationChoices(
  db: Db,
  orgId: string,
  accountId: string,
  choices: NotificationChoices,
): Promise<void> {
  await db
    .insert(notificationSettings)
    .values({ orgId, accountId, choices: { ...choices } })
    .onConflictDoUpdate({
      target: [notificationSettings.orgId, notificationSettings.accountId],
      set: { choices: { ...choices }, updatedAt: new Date() },
    });
}

export type RecipientChoices = { readonly accountId: string; readonly choices: NotificationChoices };

/**
 * For jobs: each person's member account and choices, by person id. A person without an account in
 * the organisation is absent (they cannot choose, and get no optional email: there is nowhere to
 * send them to change it).
 */
export async function getChoicesByPerson(
  db: Db,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, RecipientChoices>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({
      personId: memberships.personId,
      accountId: memberships.accountId,
      choices: notificationSettings.choices,
    })
    .from(memberships)
    .leftJoin(
      notificationSettings,
      and(
        eq(notificationSettings.orgId, memberships.orgId),
        eq(notificationSettings.accountId, memberships.accountId),
      ),
    )
    .where(
      and(
        eq(memberships.orgId, orgId),
        isNotNull(memberships.personId),
        inArray(memberships.personId, [...personIds]),
      ),
    );
  return new Map(
    rows.map((r) => [r.personId!, { accountId: r.accountId, choices: resolveChoices(r.choices) }]),
  );
}
