import { defaultDates } from '#core/programs/program-defaults';
import { isIsoDate } from '#core/programs/calendar-dates';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { ensureProgramSurveys } from '#server/use-cases/ensure-program-surveys';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getProgramRow, insertProgram, type ProgramRow, recordTransition } from '#store/programs-store';

/**
 * The next cohort: settings (HR's lessons learned included), intake form, topic plan and check-in
 * questions carried over, people not (their alumni are invited later: invite-alumni.ts).
 * The new program's dates keep the old one's length and midpoint offset from the new start date.
 */
export async function cloneProgram(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  input: { name: string; startDate: string },
): Promise<Result<ProgramRow>> {
  const name = input.name.trim();
  const problems = [
    ...(name ? [] : [issue('required', 'Give the new cohort a name.', ['name'])]),
    ...(isIsoDate(input.startDate)
      ? []
      : [issue('invalid_date', 'Enter a date as YYYY-MM-DD.', ['startDate'])]),
  ];
  if (problems.length) return fail(problems);
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const source = await getProgramRow(db, caller.orgId, programId);
    if (!source) return programNotFound();
    const row = await insertProgram(db, caller.orgId, {
      name,
      type: source.type,
      phase: 'draft',
      sponsorPersonId: source.sponsorPersonId,
      ...shiftDates(source, input.startDate),
      settings: source.settings,
      intakeForm: source.intakeForm,
      clonedFromId: source.id,
    });
    await ensureProgramSurveys(db, caller.orgId, row, { copyFrom: source.id });
    await recordTransition(db, {
      orgId: caller.orgId,
      programId: row.id,
      fromPhase: null,
      toPhase: 'draft',
      actorAccountId: caller.accountId,
      reason: `Cloned from ${source.name}`,
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.cloned',
      target: name,
      detail: { from: source.name },
    });
    return ok(row);
  });
}

/** Keeps the source's shape: months when it used the default months, otherwise the exact days. */
function shiftDates(source: ProgramRow, startDate: string) {
  const usual = defaultDates(source.startDate);
  if (usual.endDate === source.endDate && usual.midpointDate === source.midpointDate)
    return defaultDates(startDate);
  const day = 86_400_000;
  const at = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const start = at(startDate);
  const length = at(source.endDate) - at(source.startDate);
  const midpoint = at(source.midpointDate) - at(source.startDate);
  if (!(length > 0 && midpoint > 0 && midpoint < length)) return defaultDates(startDate);
  const iso = (ms: number) => new Date(Math.round(ms / day) * day).toISOString().slice(0, 10);
  return { startDate, endDate: iso(start + length), midpointDate: iso(start + midpoint) };
}
