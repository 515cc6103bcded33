import type { CohortComparison } from '#core/impact/cohort-comparison';
import type { Quote, QuoteRef } from '#core/impact/report-quotes';

/** The shapes of the report routes (docs/api/impact.md), as the web app reads them. */
export type { CohortComparison, Quote, QuoteRef };

/** `GET /api/programs/:id/impact/report-notes` (HR only). */
export interface ReportNotes {
  takeaways: string;
  quotes: Quote[];
  candidates: Quote[];
  updatedAt: string | null;
}

/** `GET /api/programs/:id/impact/takeaways` (HR and the program's sponsor). */
export interface ReportTakeaways {
  takeaways: string;
  updatedAt: string | null;
}
