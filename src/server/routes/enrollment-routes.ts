import { z } from 'zod';
import { DECISIONS } from '#core/programs/enrollment-rules';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { HttpError } from '#server/http-error';
import { errorResponses } from '#server/routes/api-schemas';
import {
  enrollmentRowSchema,
  programParamsSchema,
  sideSchema,
  statusSchema,
  toEnrollmentRow,
} from '#server/routes/enrollment-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { decideEnrollments } from '#server/use-cases/decide-enrollments';
import { inviteToProgram } from '#server/use-cases/invite-to-program';
import { loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import { summariseEnrollments } from '#server/use-cases/summarise-enrollments';
import { listEnrollmentRows } from '#store/enrollments-store';

const countsSchema = z.record(statusSchema, z.number());
const idList = (what: string) =>
  z
    .array(z.string().min(1).max(100), { error: `Give a list of ${what}.` })
    .min(1, `Choose at least one ${what.replace(/s$/, '')}.`)
    .max(500, `At most 500 ${what} at once.`);

/** HR's side of enrollment: lists, the cohort summary, one application, invitations and decisions. */
export function enrollmentRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/programs/:id/enrollments',
    {
      schema: {
        tags: ['enrollment'],
        summary: "A program's enrollments, filtered by side, status or a search term",
        params: programParamsSchema,
        querystring: z.object({
          side: sideSchema.optional(),
          status: statusSchema.optional(),
          q: z.string().max(200).optional(),
        }),
        response: { 200: z.object({ items: z.array(enrollmentRowSchema) }), ...errorResponses },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request) => {
      const { orgId } = callerOf(request);
      unwrap(await loadEnrollmentProgram(db, orgId, request.params.id));
      const rows = await listEnrollmentRows(db, orgId, request.params.id, request.query);
      return { items: rows.map(toEnrollmentRow) };
    },
  );

  app.get(
    '/api/programs/:id/enrollments/summary',
    {
      schema: {
        tags: ['enrollment'],
        summary: 'Enrollment counts by side and status, department and level',
        params: programParamsSchema,
        response: {
          200: z.object({
            bySide: z.object({ mentor: countsSchema, mentee: countsSchema }),
            byDepartment: z.array(
              z.object({ department: z.string(), mentor: z.number(), mentee: z.number() }),
            ),
            byLevel: z.array(
              z.object({ level: z.number().nullable(), mentor: z.number(), mentee: z.number() }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request) => unwrap(await summariseEnrollments(db, callerOf(request).orgId, request.params.id)),
  );

  app.get(
    '/api/programs/:id/enrollments/:enrollmentId',
    {
      schema: {
        tags: ['enrollment'],
        summary: 'One application: its answers, and only how many sensitive questions were answered',
        params: programParamsSchema.extend({ enrollmentId: z.string().min(1).max(100) }),
        response: {
          200: enrollmentRowSchema.extend({
            answers: z.record(z.string(), z.unknown()),
            sensitive: z.object({ answered: z.number(), matchingConsent: z.boolean() }),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request) => {
      const { orgId } = callerOf(request);
      const { id, enrollmentId } = request.params;
      const [row] = await listEnrollmentRows(db, orgId, id, { enrollmentId });
      if (!row) throw new HttpError('not_found', 'That application was not found.');
      return {
        ...toEnrollmentRow(row),
        answers: row.answers,
        sensitive: { answered: row.sensitiveAnswered, matchingConsent: row.matchingConsent },
      };
    },
  );

  app.post(
    '/api/programs/:id/invitations',
    {
      schema: {
        tags: ['enrollment'],
        summary: 'Invite people to a program on one side; each is emailed a link',
        params: programParamsSchema,
        body: z.object({ personIds: idList('people'), side: sideSchema }),
        response: {
          201: z.object({
            invited: z.number(),
            skipped: z.array(z.object({ personId: z.string(), reason: z.string() })),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request, reply) => {
      const outcome = unwrap(
        await inviteToProgram(
          deps,
          callerOf(request),
          { programId: request.params.id, ...request.body },
          request.ip,
        ),
      );
      return reply.status(201).send(outcome);
    },
  );

  app.post(
    '/api/programs/:id/enrollments/decisions',
    {
      schema: {
        tags: ['enrollment'],
        summary: 'Approve, decline or wait-list applications; each person is emailed',
        params: programParamsSchema,
        body: z.object({ enrollmentIds: idList('applications'), decision: z.enum(DECISIONS) }),
        response: { 200: z.object({ updated: z.number() }), ...errorResponses },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request) =>
      unwrap(
        await decideEnrollments(
          deps,
          callerOf(request),
          { programId: request.params.id, ...request.body },
          request.ip,
        ),
      ),
  );
}
