import { z } from 'zod';
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from '#core/privacy/erasure';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { HttpError } from '#server/http-error';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { erasePerson } from '#server/use-cases/erase-person';
import { recordAudit } from '#store/audit-store';
import { getOrganisation } from '#store/organisations-store';
import { setRetentionMonths } from '#store/retention-store';

const retentionSchema = z
  .object({
    retentionMonths: z.number().int().describe('Months an ended program keeps its personal content'),
  })
  .meta({ id: 'Retention' });

const retentionMonthsField = z
  .number({ error: 'Enter a number of months.' })
  .int('Enter a whole number of months.')
  .min(RETENTION_MONTHS_MIN, `At least ${RETENTION_MONTHS_MIN} months.`)
  .max(RETENTION_MONTHS_MAX, `At most ${RETENTION_MONTHS_MAX} months.`);

/** Issue 9, personal data: erase a person; set how long ended programs keep personal content. */
export function erasureRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.post(
    '/api/people/:id/erase',
    {
      schema: {
        tags: ['people'],
        summary: 'Erase a person: personal fields and private content removed, counts kept',
        params: idParamsSchema,
        body: z.object({
          confirm: z.string().max(254).describe("The person's email address, typed to confirm"),
        }),
        response: { 200: z.object({ id: z.string(), erased: z.literal(true) }), ...errorResponses },
      },
      config: { permission: 'people.erase' },
    },
    async (request) => {
      const { personId } = unwrap(
        await erasePerson(
          deps,
          callerOf(request),
          { personId: request.params.id, confirm: request.body.confirm },
          request.ip,
        ),
      );
      return { id: personId, erased: true as const };
    },
  );

  app.get(
    '/api/admin/retention',
    {
      schema: {
        tags: ['admin'],
        summary: 'How long ended programs keep their personal content',
        response: { 200: retentionSchema, ...errorResponses },
      },
      config: { permission: 'retention.manage' },
    },
    async (request) => {
      const org = await getOrganisation(db, callerOf(request).orgId);
      if (!org) throw new HttpError('not_found', 'That organisation was not found.');
      return { retentionMonths: org.retentionMonths };
    },
  );

  app.put(
    '/api/admin/retention',
    {
      schema: {
        tags: ['admin'],
        summary: 'Set how long ended programs keep their personal content (6 to 120 months)',
        body: z.object({ retentionMonths: retentionMonthsField }),
        response: { 200: retentionSchema, ...errorResponses },
      },
      config: { permission: 'retention.manage' },
    },
    async (request) => {
      const caller = callerOf(request);
      const { retentionMonths } = request.body;
      await setRetentionMonths(db, caller.orgId, retentionMonths);
      await recordAudit(db, {
        orgId: caller.orgId,
        actorAccountId: caller.accountId,
        action: 'retention.changed',
        detail: { retentionMonths },
        ip: request.ip,
      });
      return { retentionMonths };
    },
  );
}
