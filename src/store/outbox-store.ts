import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '#store/database';
import { outbox } from '#store/schema';

export type OutboxRow = typeof outbox.$inferSelect;

export async function insertOutboxMessage(db: Db, input: typeof outbox.$inferInsert): Promise<OutboxRow> {
  const [row] = await db.insert(outbox).values(input).returning();
  return row!;
}

export async function markOutboxMessage(db: Db, id: string, result: { sentAt: Date } | { error: string }) {
  await db.update(outbox).set(result).where(eq(outbox.id, id));
}

export async function listOutbox(db: Db, orgId: string, page: { limit: number; offset: number }) {
  const where = eq(outbox.orgId, orgId);
  const [items, total] = await Promise.all([
    db
      .select({
        id: outbox.id,
        to: outbox.toAddress,
        subject: outbox.subject,
        createdAt: outbox.createdAt,
        transport: outbox.transport,
        sentAt: outbox.sentAt,
        error: outbox.error,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(page.limit)
      .offset(page.offset),
    db.$count(outbox, where),
  ]);
  return { items, total };
}

export async function getOutboxMessage(db: Db, orgId: string, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.id, id)));
  return row;
}
