import { z } from 'zod';
import { COHORT_MEASURES } from '#core/impact/cohort-comparison';
import { MAX_QUOTES } from '#core/impact/report-quotes';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeCohortComparison } from '#server/use-cases/describe-cohort-comparison';
import { describeReportNotes } from '#server/use-cases/describe-report-notes';
import { describeReportTakeaways } from '#server/use-cases/describe-report-takeaways';
import { saveReportNotes } from '#server/use-cases/save-report-notes';

export const MAX_TAKEAWAYS = 5000;

const quoteSchema = z
  .object({
    responseId: z.string(),
    questionId: z.string(),
    prompt: z.string(),
    side: z.enum(['mentor', 'mentee']),
    text: z.string(),
  })
  .meta({ id: 'ReportQuote' });

export const reportNotesSchema = z
  .object({
    takeaways: z.string(),
    quotes: z.array(quoteSchema).describe('The chosen quotes whose authors still agree to be quoted'),
    candidates: z.array(quoteSchema).describe('Every answer whose author agreed it may be quoted'),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'ReportNotes' });

export const reportNotesBody = z.object({
  takeaways: z
    .string({ error: 'Write the takeaways as text.' })
    .trim()
    .max(MAX_TAKEAWAYS, `Keep the takeaways under ${MAX_TAKEAWAYS.toLocaleString('en-GB')} characters.`),
  quotes: z
    .array(
      z.object({
        responseId: z.string({ error: 'Choose an answer.' }).min(1).max(100),
        questionId: z.string({ error: 'Choose an answer.' }).min(1).max(100),
      }),
    )
    .max(MAX_QUOTES, `Choose at most ${MAX_QUOTES} quotes.`),
});

const cellSchema = z.object({ value: z.number().nullable(), hidden: z.boolean(), text: z.string() });
export const cohortComparisonSchema = z
  .object({
    cohorts: z.array(
      z.object({
        programId: z.string(),
        name: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        current: z.boolean(),
      }),
    ),
    rows: z.array(
      z.object({ measure: z.enum(COHORT_MEASURES), label: z.string(), cells: z.array(cellSchema) }),
    ),
  })
  .meta({ id: 'CohortComparison' });

/** HR's report notes and the comparison with earlier cohorts (docs/api/impact.md). */
export function impactReportRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['impact'];
  const notesConfig = { permission: 'impactReport.manage' } as const;

  app.get(
    '/api/programs/:id/impact/report-notes',
    {
      schema: {
        tags,
        summary: 'HR’s key takeaways and chosen quotes for the impact report, and the quotes to choose from',
        params: idParamsSchema,
        response: { 200: reportNotesSchema, ...errorResponses },
      },
      config: notesConfig,
    },
    async (request) => unwrap(await describeReportNotes(db, callerOf(request).orgId, request.params.id)),
  );

  app.put(
    '/api/programs/:id/impact/report-notes',
    {
      schema: {
        tags,
        summary: 'Save the key takeaways and the chosen quotes (each an answer its author agreed to quote)',
        params: idParamsSchema,
        body: reportNotesBody,
        response: { 200: reportNotesSchema, ...errorResponses },
      },
      config: notesConfig,
    },
    async (request) =>
      unwrap(await saveReportNotes(deps, callerOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/programs/:id/impact/takeaways',
    {
      schema: {
        tags,
        summary: 'HR’s key takeaways for the report, for HR and the program’s sponsor (no quotes)',
        params: idParamsSchema,
        response: {
          200: z
            .object({ takeaways: z.string(), updatedAt: z.string().nullable() })
            .meta({ id: 'ReportTakeaways' }),
          ...errorResponses,
        },
      },
      config: { permission: 'impact.read' },
    },
    async (request) => unwrap(await describeReportTakeaways(db, callerOf(request), request.params.id)),
  );

  app.get(
    '/api/programs/:id/impact/cohorts',
    {
      schema: {
        tags,
        summary:
          'Headline measures of this program against its earlier cohorts (aggregates, small groups hidden)',
        params: idParamsSchema,
        response: { 200: cohortComparisonSchema, ...errorResponses },
      },
      config: { permission: 'impact.read' },
    },
    async (request) =>
      unwrap(await describeCohortComparison(db, callerOf(request), request.params.id, deps.now())),
  );
}
