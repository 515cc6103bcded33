import { type CsvColumn, recordsToCsv } from '#core/impact/csv-export';

/**
 * The audit log as CSV (issue 9), one row per event, newest first: when (ISO 8601, UTC), who (the
 * account's email, or `System` when no one signed in did it), action, target, details (the event's
 * detail as JSON, empty when there is none) and address (the client's IP, empty when the action did
 * not record one). Text goes through csv-export.ts, so a target or detail written like a formula
 * cannot run in a spreadsheet; the byte order mark makes Excel read accented names as UTF-8.
 */
export type AuditEventForCsv = {
  readonly createdAt: Date;
  readonly actorEmail: string | null;
  readonly action: string;
  readonly target: string;
  readonly detail: Record<string, unknown>;
  readonly ip: string;
};

const columns: readonly CsvColumn<AuditEventForCsv>[] = [
  { header: 'when', value: (e) => e.createdAt.toISOString() },
  { header: 'who', value: (e) => e.actorEmail ?? 'System' },
  { header: 'action', value: (e) => e.action },
  { header: 'target', value: (e) => e.target },
  { header: 'details', value: (e) => (Object.keys(e.detail).length ? JSON.stringify(e.detail) : '') },
  { header: 'address', value: (e) => e.ip },
];

export function auditCsv(events: readonly AuditEventForCsv[]): string {
  return recordsToCsv(columns, events, { bom: true });
}
