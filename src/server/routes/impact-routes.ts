import { z } from 'zod';
import { impactCsv } from '#core/impact/impact-csv';
import { impactReportOutline } from '#core/impact/impact-report-outline';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { programImpactSchema } from '#server/routes/impact-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { impactReportPdf } from '#server/reports/impact-report-pdf';
import { compareWithEarlier } from '#server/use-cases/describe-cohort-comparison';
import { describeImpact, type ProgramImpact } from '#server/use-cases/describe-impact';
import { reportQuotesOf } from '#server/use-cases/describe-report-notes';

/** A download's file name: ASCII only, e.g. `impact-pilot-2026-2026-06-01.csv`. */
function fileName(prefix: string, impact: ProgramImpact, extension: string): string {
  const name = impact.program.name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${prefix}-${name || 'program'}-${impact.asOf}.${extension}`;
}

/** A program's impact for HR and its sponsor (docs/api/impact.md). */
export function impactRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/programs/:id/impact',
    {
      schema: {
        tags: ['impact'],
        summary:
          'The program’s impact: participation, engagement, learning both ways, change, retention and objectives, small groups hidden',
        params: idParamsSchema,
        response: { 200: programImpactSchema, ...errorResponses },
      },
      config: { permission: 'impact.read' },
    },
    async (request) => unwrap(await describeImpact(db, callerOf(request), request.params.id, deps.now())),
  );

  app.get(
    '/api/programs/:id/impact.csv',
    {
      schema: {
        tags: ['impact'],
        summary:
          'The same figures as one CSV of aggregates (hidden figures say so), to open in a spreadsheet',
        params: idParamsSchema,
        response: { 200: z.string().describe('text/csv'), ...errorResponses },
      },
      config: { permission: 'impact.read' },
    },
    async (request, reply) => {
      const impact = unwrap(await describeImpact(db, callerOf(request), request.params.id, deps.now()));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName('impact', impact, 'csv')}"`)
        .send(impactCsv({ ...impact, funnel: impact.funnel.now }));
    },
  );

  app.get(
    '/api/programs/:id/impact/report.pdf',
    {
      schema: {
        tags: ['impact'],
        summary:
          'The printable report (PDF): the figures with charts, HR’s takeaways, earlier cohorts, and (HR only) chosen quotes',
        params: idParamsSchema,
        response: { 200: z.instanceof(Buffer).describe('application/pdf'), ...errorResponses },
      },
      config: { permission: 'impact.read' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const now = deps.now();
      const impact = unwrap(await describeImpact(db, caller, request.params.id, now));
      const [notes, cohorts] = await Promise.all([
        reportQuotesOf(db, caller.orgId, impact.program.id),
        compareWithEarlier(db, caller.orgId, impact, now),
      ]);
      // Decision 015: HR's takeaways and the cohorts for both audiences; quotes for HR only.
      const pdf = await impactReportPdf(
        impactReportOutline({
          ...impact,
          funnel: impact.funnel.now,
          byMonth: impact.funnel.byMonth,
          takeaways: notes.takeaways,
          quotes: impact.audience === 'hr' ? notes.quotes : null,
          cohorts,
        }),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName('impact-report', impact, 'pdf')}"`)
        .send(pdf);
    },
  );
}
