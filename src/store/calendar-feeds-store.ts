import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '#store/database';
import { calendarFeeds } from '#store/schema';

/**
 * Private calendar subscriptions. A person has at most one live feed; the secret in its URL is an
 * HMAC of the id (see #server/crypto/feed-token), so nothing secret is stored here.
 */
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

export async function liveFeedOfPerson(
  db: Db,
  orgId: string,
  personId: string,
): Promise<CalendarFeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.orgId, orgId),
        eq(calendarFeeds.personId, personId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return row;
}

/** Revokes the person's live feeds; the number revoked. */
export async function revokeFeedsOfPerson(
  db: Db,
  orgId: string,
  personId: string,
  at: Date,
): Promise<number> {
  const rows = await db
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(
      and(
        eq(calendarFeeds.orgId, orgId),
        eq(calendarFeeds.personId, personId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning({ id: calendarFeeds.id });
  return rows.length;
}

export async function insertFeed(
  db: Db,
  orgId: string,
  personId: string,
  at: Date,
): Promise<CalendarFeedRow> {
  const [row] = await db.insert(calendarFeeds).values({ orgId, personId, createdAt: at }).returning();
  return row!;
}

/**
 * A live feed by id alone, for the public subscription URL: the id carries its organisation, and the
 * caller has already checked the URL's token for this id. Undefined when unknown or revoked.
 */
export async function findLiveFeed(db: Db, feedId: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.id, feedId), isNull(calendarFeeds.revokedAt)));
  return row;
}
