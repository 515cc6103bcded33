import { checkQuoteChoice, type QuoteRef } from '#core/impact/report-quotes';
import type { Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import {
  describeReportNotes,
  type ReportNotes,
  reportQuotesOf,
} from '#server/use-cases/describe-report-notes';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { saveProgramReportNotes } from '#store/program-reports-store';
import { getProgramRow } from '#store/programs-store';

export type ReportNotesInput = { readonly takeaways: string; readonly quotes: readonly QuoteRef[] };

/**
 * HR writes the report's key takeaways and chooses its quotes (issue 8). Each quote must be an answer
 * its author agreed may be quoted, right now; otherwise the choice is refused at that quote. Audited
 * without the text: who changed the notes, how long the takeaways are and how many quotes.
 */
export async function saveReportNotes(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  input: ReportNotesInput,
): Promise<Result<ReportNotes>> {
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const program = await getProgramRow(db, caller.orgId, programId);
    if (!program) return programNotFound();
    const { candidates } = await reportQuotesOf(db, caller.orgId, programId);
    const checked = checkQuoteChoice(input.quotes, candidates);
    if (!checked.ok) return checked;
    await saveProgramReportNotes(db, {
      orgId: caller.orgId,
      programId,
      takeaways: input.takeaways,
      quotes: checked.value,
      accountId: caller.accountId,
      now,
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'impact_report.notes_saved',
      target: program.name,
      detail: { programId, takeawaysLength: input.takeaways.length, quotes: checked.value.length },
    });
    return describeReportNotes(db, caller.orgId, programId);
  });
}
