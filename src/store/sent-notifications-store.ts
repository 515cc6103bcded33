import { and, eq } from 'drizzle-orm';
import type { Db } from '#store/database';
import { sentNotifications } from '#store/schema';

/**
 * Claims a notification's key for this send. True when this caller claimed it, false when it was
 * already claimed (sent, or being sent by another instance): the unique index decides, atomically.
 */
export async function claimNotification(
  db: Db,
  claim: { orgId: string; key: string; kind: string; toAddress: string },
): Promise<boolean> {
  const rows = await db
    .insert(sentNotifications)
    .values(claim)
    .onConflictDoNothing({ target: [sentNotifications.orgId, sentNotifications.key] })
    .returning({ id: sentNotifications.id });
  return rows.length === 1;
}

/** Gives a claim back after the mail server refused the message, so a retry may send it. */
export async function releaseNotification(db: Db, orgId: string, key: string): Promise<void> {
  await db
    .delete(sentNotifications)
    .where(and(eq(sentNotifications.orgId, orgId), eq(sentNotifications.key, key)));
}
