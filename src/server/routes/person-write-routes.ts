import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { HttpError } from '#server/http-error';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { personSchema, toPerson } from '#server/routes/people-routes';
import { type Api, unwrap } from '#server/routes/route-types';
import { savePerson } from '#server/use-cases/save-person';
import { getPerson } from '#store/people-store';

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const optionalDate = text(10).nullable().optional().describe('YYYY-MM-DD, or null');

/** The fields of a person. The rules beyond types (formats, ranges, managers) are the importer's. */
const personFields = z.object({
  email: text(254),
  name: text(200),
  title: text(200).optional(),
  level: z.number().nullable().optional().describe('A whole number from 1 to 20, or null'),
  department: text(200).optional(),
  managerId: z.string().max(100).nullable().optional(),
  location: text(200).optional(),
  timeZone: text(100).optional().describe('IANA time zone, e.g. Europe/London'),
  hireDate: optionalDate,
  employmentStatus: z.enum(['active', 'on_leave', 'left']).optional(),
  endDate: optionalDate,
});

/** Add a person, or change some of their fields. */
export function personWriteRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const saved = async (orgId: string, id: string) => {
    const person = await getPerson(db, orgId, id);
    if (!person) throw new HttpError('not_found', 'That person was not found.');
    return toPerson(person);
  };

  app.post(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Add a person to the directory',
        body: personFields,
        response: { 201: personSchema, ...errorResponses },
      },
      config: { permission: 'people.manage' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { id } = unwrap(
        await savePerson(deps, caller, { personId: null, fields: request.body }, request.ip),
      );
      return reply.status(201).send(await saved(caller.orgId, id));
    },
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: "Change a person's fields (those sent; the others stay as they are)",
        params: idParamsSchema,
        body: personFields.partial(),
        response: { 200: personSchema, ...errorResponses },
      },
      config: { permission: 'people.manage' },
    },
    async (request) => {
      const caller = callerOf(request);
      const { id } = unwrap(
        await savePerson(deps, caller, { personId: request.params.id, fields: request.body }, request.ip),
      );
      return saved(caller.orgId, id);
    },
  );
}
