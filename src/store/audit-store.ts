import { desc, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
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
  await db.execute(
    auditInsert({
      ...event,
      target: event.target ?? '',
      detail: JSON.stringify(event.detail ?? {}),
      ip: event.ip ?? '',
    }),
  );
}

type SqlValue<T> = T | Placeholder;

/**
 * The insert that records an audit event, for `recordAudit` and for a statement that writes the event
 * along with the change it audits; each value may be a placeholder of a prepared statement. `detail`
 * is JSON text.
 */
export function auditInsert(event: {
  readonly orgId: SqlValue<string>;
  readonly actorAccountId: SqlValue<string | null>;
  readonly action: SqlValue<string>;
  readonly target: SqlValue<string>;
  readonly detail: SqlValue<string>;
  readonly ip: SqlValue<string>;
}): SQL {
  return sql`insert into ${auditEvents} (org_id, actor_account_id, action, target, detail, ip)
    values (${event.orgId}::text, ${event.actorAccountId}::text, ${event.action}::text, ${event.target}::text,
      ${event.detail}::jsonb, ${event.ip}::text)`;
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

/**
 * Every event of an organisation, newest first, for the CSV export: read `chunkSize` at a time so a long
 * log is never one large query. An event recorded during the read shifts the older ones down a place;
 * the row seen twice because of it is kept once, so nothing is repeated or skipped.
 */
export async function listAllAudit(db: Db, orgId: string, chunkSize = 500) {
  const events = [];
  const seen = new Set<string>();
  for (let offset = 0; ; offset += chunkSize) {
    const chunk = await db
      .select({
        id: auditEvents.id,
        createdAt: auditEvents.createdAt,
        actorEmail: accounts.email,
        action: auditEvents.action,
        target: auditEvents.target,
        detail: auditEvents.detail,
        ip: auditEvents.ip,
      })
      .from(auditEvents)
      .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
      .where(eq(auditEvents.orgId, orgId))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(chunkSize)
      .offset(offset);
    for (const event of chunk) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      events.push(event);
    }
    if (chunk.length < chunkSize) return events;
  }
}
