import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import {
  enrollmentRowSchema,
  phaseSchema,
  programParamsSchema,
  statusSchema,
  toEnrollmentRow,
} from '#server/routes/enrollment-schemas';
import { funnelStageSchema } from '#server/routes/impact-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeNomineeImpact } from '#server/use-cases/describe-nominee-impact';
import { parseProgram } from '#server/use-cases/load-enrollment-program';
import { nominateJunior } from '#server/use-cases/nominate-junior';
import { listEnrollmentRows, listNominationsBy, listRecruitingPrograms } from '#store/enrollments-store';

const programRefSchema = z.object({ id: z.string(), name: z.string(), phase: phaseSchema });

/** ERG leads: nominate juniors to programs taking nominations, and follow their own nominees only. */
export function nominationRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.post(
    '/api/programs/:id/nominations',
    {
      schema: {
        tags: ['nominations'],
        summary: 'Nominate a junior colleague as a mentor, with a note; they are emailed',
        params: programParamsSchema,
        body: z.object({
          personId: z.string({ error: 'Choose the person to nominate.' }).min(1).max(100),
          note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.').default(''),
        }),
        response: { 201: enrollmentRowSchema, ...errorResponses },
      },
      config: { permission: 'nominations.manage' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { enrollmentId } = unwrap(
        await nominateJunior(deps, caller, { programId: request.params.id, ...request.body }, request.ip),
      );
      const [row] = await listEnrollmentRows(db, caller.orgId, request.params.id, { enrollmentId });
      return reply.status(201).send(toEnrollmentRow(row!));
    },
  );

  app.get(
    '/api/nominations',
    {
      schema: {
        tags: ['nominations'],
        summary: 'The people I nominated, and where their applications stand',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                program: programRefSchema,
                person: z.object({
                  id: z.string(),
                  name: z.string(),
                  title: z.string(),
                  department: z.string(),
                }),
                status: statusSchema,
                note: z.string(),
                createdAt: z.string(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'nominations.manage' },
    },
    async (request) => {
      const caller = callerOf(request);
      const rows = await listNominationsBy(db, caller.orgId, caller.accountId);
      return {
        items: rows.map((r) => ({
          program: { id: r.programId, name: r.programName, phase: r.programPhase },
          person: {
            id: r.personId,
            name: r.personName,
            title: r.personTitle,
            department: r.personDepartment,
          },
          status: r.status,
          note: r.note,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/my/nominees/impact',
    {
      schema: {
        tags: ['nominations'],
        summary: 'How my nominees are doing: the participation funnel, counts only, small groups hidden',
        response: {
          200: z.object({
            minGroupSize: z.number(),
            overall: z.array(funnelStageSchema),
            programs: z.array(programRefSchema.extend({ funnel: z.array(funnelStageSchema) })),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'nominations.manage' },
    },
    async (request) => describeNomineeImpact(db, callerOf(request), deps.now()),
  );

  app.get(
    '/api/nominations/programs',
    {
      schema: {
        tags: ['nominations'],
        summary: 'Programs taking nominations now',
        response: { 200: z.object({ items: z.array(programRefSchema) }), ...errorResponses },
      },
      config: { permission: 'nominations.manage' },
    },
    async (request) => {
      const rows = await listRecruitingPrograms(db, callerOf(request).orgId);
      return {
        items: rows
          .map(parseProgram)
          .filter((p) => p.settings.enrollmentMode === 'nominated')
          .map(({ row }) => ({ id: row.id, name: row.name, phase: row.phase })),
      };
    },
  );
}
