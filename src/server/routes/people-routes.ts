import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { HttpError } from '#server/http-error';
import { errorResponses, idParamsSchema, pageQuerySchema } from '#server/routes/api-schemas';
import type { Api } from '#server/routes/route-types';
import { getPerson, listPeople, type PersonView } from '#store/people-store';

export const personSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    title: z.string(),
    level: z.number().nullable(),
    department: z.string(),
    managerId: z.string().nullable(),
    managerName: z.string().nullable(),
    location: z.string(),
    timeZone: z.string(),
    hireDate: z.string().nullable(),
    employmentStatus: z.enum(['active', 'on_leave', 'left']),
    endDate: z.string().nullable(),
  })
  .meta({ id: 'Person' });

export function toPerson(p: PersonView): z.infer<typeof personSchema> {
  return {
    id: p.id,
    email: p.email,
    name: p.name,
    title: p.title,
    level: p.level,
    department: p.department,
    managerId: p.managerId,
    managerName: p.managerName,
    location: p.location,
    timeZone: p.timeZone,
    hireDate: p.hireDate,
    employmentStatus: p.employmentStatus,
    endDate: p.endDate,
  };
}

export function peopleRoutes(app: Api, deps: AppDeps): void {
  app.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: "The organisation's employees",
        querystring: pageQuerySchema.extend({ q: z.string().max(200).optional() }),
        response: { 200: z.object({ items: z.array(personSchema), total: z.number() }), ...errorResponses },
      },
      config: { permission: 'people.read' },
    },
    async (request) => {
      const { items, total } = await listPeople(deps.database.db, callerOf(request).orgId, request.query);
      return { items: items.map(toPerson), total };
    },
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'One employee',
        params: idParamsSchema,
        response: { 200: personSchema, ...errorResponses },
      },
      config: { permission: 'people.read' },
    },
    async (request) => {
      const person = await getPerson(deps.database.db, callerOf(request).orgId, request.params.id);
      if (!person) throw new HttpError('not_found', 'That person was not found.');
      return toPerson(person);
    },
  );
}
