import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TEMPLATE_CSV } from '#core/people-import/columns';
import type { Issue } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { HttpError } from '#server/http-error';
import { errorBodySchema, errorResponses } from '#server/routes/api-schemas';
import type { Api } from '#server/routes/route-types';
import { importPeople } from '#server/use-cases/import-people';

/** The largest file accepted: about 100,000 people with every column filled. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
/** Problems listed in one answer; the message gives the total. */
export const MAX_LISTED_ISSUES = 1000;

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((v) => v === 'true');

const countsSchema = z.object({
  created: z.number(),
  updated: z.number(),
  markedLeft: z.number(),
  unchanged: z.number(),
});

/** CSV upload of employees (a dry run first, then the import) and the template to start from. */
export function peopleImportRoutes(app: Api, deps: AppDeps): void {
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // text/csv is accepted here only: the rest of the API speaks JSON
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_r, body, done) => done(null, body),
    );

    scope.post(
      '/api/people/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['people'],
          summary: 'Import employees from a CSV file (see docs/people-csv.md)',
          description:
            'Send the file as the body with content-type text/csv (UTF-8). The whole file is checked first: with any problem nothing is written and every problem is listed with its row and column. `dryRun=true` reports what would change without writing; `markLeavers=true` (the default) marks people missing from the file as having left.',
          consumes: ['text/csv'],
          querystring: z.object({ dryRun: flag('false'), markLeavers: flag('true') }),
          response: {
            200: z.object({ dryRun: z.boolean(), counts: countsSchema, issues: z.array(z.never()) }),
            ...errorResponses,
            413: errorBodySchema,
            415: errorBodySchema,
          },
        },
        config: { permission: 'people.manage' },
      },
      async (request) => {
        const caller = callerOf(request);
        const type = request.headers['content-type'] ?? '';
        if (!type.toLowerCase().startsWith('text/csv'))
          throw new HttpError('unsupported_media_type', 'Send the file with content-type text/csv.');
        const body = request.body;
        const file = Buffer.isBuffer(body) ? new Uint8Array(body) : new Uint8Array();
        const result = await importPeople(deps, {
          orgId: caller.orgId,
          file,
          dryRun: request.query.dryRun,
          markMissingAsLeavers: request.query.markLeavers,
          actorAccountId: caller.accountId,
          ip: request.ip,
        });
        if (!result.ok) throw reportOf(result.issues);
        return { ...result.value, issues: [] };
      },
    );

    scope.get(
      '/api/people/import/template.csv',
      {
        schema: {
          tags: ['people'],
          summary: 'The CSV template: every column with two example rows',
          produces: ['text/csv'],
        },
        config: { permission: 'people.manage' },
      },
      async (_request, reply) =>
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="counterpart-people-template.csv"')
          .send(`${TEMPLATE_CSV}\r\n`),
    );
  });
}

function reportOf(issues: readonly Issue[]): HttpError {
  const total = issues.length;
  const listed =
    total > MAX_LISTED_ISSUES ? ` (the first ${MAX_LISTED_ISSUES.toLocaleString('en')} are listed)` : '';
  const problems = total === 1 ? '1 problem' : `${total.toLocaleString('en')} problems`;
  return new HttpError('validation', `The file has ${problems}${listed}. Nothing was imported.`, {
    issues: issues.slice(0, MAX_LISTED_ISSUES),
  });
}
