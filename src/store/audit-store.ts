import { desc, eq } from 'drizzle-orm';
import type { Db } from '#store/database';
import { accounts, auditEvents } from '#store/schema';

export type AuditInput = {
  readonly orgId: string;
  readonly actorAccountId: string | null;
  readonly action: string;
  readonly target?: string;
  readonly detail?: Record<string, unknown>;
  readonly ip?: string;
};

export async function recordAudit(db: Db, event: AuditInput) {
  await db.insert(auditEvents).values(event);
}

export async function listAudit(db: Db, orgId: string, page: { limit: number; offset: number }) {
  const where = eq(auditEvents.orgId, orgId);
  const [items, total] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        target: auditEvents.target,
        actorName: accounts.name,
        ip: auditEvents.ip,
        createdAt: auditEvents.createdAt,
        detail: auditEvents.detail,
      })
      .from(auditEvents)
      .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(page.limit)
      .offset(page.offset),
    db.$count(auditEvents, where),
  ]);
  return { items, total };
}
