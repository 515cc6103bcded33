import type { ImportCounts } from '#core/people-import/plan-import';
import { planPeopleImport } from '#core/people-import/plan-import';
import { readPeopleFile } from '#core/people-import/read-people-file';
import { timeZoneLookup } from '#core/people-import/time-zones';
import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { applyPeopleImport, loadPeopleForImport } from '#store/people-import-store';

export type ImportPeopleInput = {
  readonly orgId: string;
  readonly file: string | Uint8Array;
  readonly dryRun: boolean;
  readonly markMissingAsLeavers: boolean;
  readonly actorAccountId: string | null;
  readonly ip?: string;
};

export type ImportPeopleOutcome = { readonly dryRun: boolean; readonly counts: ImportCounts };

/**
 * Validates the whole file against the organisation, then (unless a dry run) applies it in one
 * transaction. On any problem nothing is written and every issue comes back with its row and column.
 */
export async function importPeople(
  deps: Pick<AppDeps, 'database' | 'now'>,
  input: ImportPeopleInput,
): Promise<Result<ImportPeopleOutcome>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const existing = await loadPeopleForImport(db, input.orgId);
    const read = readPeopleFile(input.file, {
      existing: new Map(existing.map((p) => [p.email.toLowerCase(), p.managerEmail?.toLowerCase() ?? null])),
      timeZoneOf: timeZoneLookup(),
    });
    if (!read.ok) return read;
    const plan = planPeopleImport(existing, read.value, { markMissingAsLeavers: input.markMissingAsLeavers });
    if (input.dryRun) return ok({ dryRun: true, counts: plan.counts });
    await applyPeopleImport(db, input.orgId, plan, { today: deps.now().toISOString().slice(0, 10) });
    await recordAudit(db, {
      orgId: input.orgId,
      actorAccountId: input.actorAccountId,
      action: 'people.imported',
      target: `${read.value.length} rows`,
      detail: { ...plan.counts, markMissingAsLeavers: input.markMissingAsLeavers },
      ...(input.ip ? { ip: input.ip } : {}),
    });
    return ok({ dryRun: false, counts: plan.counts });
  });
}
