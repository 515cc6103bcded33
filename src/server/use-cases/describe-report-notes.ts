import { type Quote, type QuoteRef, quoteCandidates, resolveQuotes } from '#core/impact/report-quotes';
import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { getProgramReportNotes, listProgramResponsesForQuotes } from '#store/program-reports-store';
import { getProgramRow } from '#store/programs-store';

/** HR's notes for the report: takeaways, the chosen quotes still quotable, and what may be chosen. */
export type ReportNotes = {
  takeaways: string;
  quotes: Quote[];
  candidates: Quote[];
  updatedAt: string | null;
};

/** The chosen quotes resolved against the answers as they are now (withdrawn consent drops a quote). */
export async function reportQuotesOf(
  db: Db,
  orgId: string,
  programId: string,
): Promise<{
  takeaways: string;
  quotes: Quote[];
  candidates: Quote[];
  chosen: readonly QuoteRef[];
  updatedAt: Date | null;
}> {
  const [notes, responses] = await Promise.all([
    getProgramReportNotes(db, orgId, programId),
    listProgramResponsesForQuotes(db, orgId, programId),
  ]);
  const candidates = quoteCandidates(responses);
  return {
    takeaways: notes.takeaways,
    quotes: resolveQuotes(notes.quotes, candidates),
    candidates,
    chosen: notes.quotes,
    updatedAt: notes.updatedAt,
  };
}

/**
 * HR reads the report notes of one of the organisation's programs (issue 8). Quotes carry the side
 * and the question, never their author.
 */
export async function describeReportNotes(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<ReportNotes>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const { takeaways, quotes, candidates, updatedAt } = await reportQuotesOf(db, orgId, programId);
  return ok({ takeaways, quotes, candidates, updatedAt: updatedAt?.toISOString() ?? null });
}
