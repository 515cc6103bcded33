import { z } from 'zod';
import { alumniBySide } from '#core/programs/alumni';
import { PHASES } from '#core/programs/program-phase';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { programParamsSchema, sideSchema } from '#server/routes/enrollment-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { findAlumni } from '#server/use-cases/find-alumni';
import { inviteAlumni } from '#server/use-cases/invite-alumni';
import { LESSONS_MAX, saveLessonsLearned } from '#server/use-cases/save-lessons-learned';

const sideCounts = z.object({ mentor: z.number(), mentee: z.number() });

/**
 * The next cohort (issue 8, "Celebration and continuation"): HR's lessons learned on any program, a
 * closed one included, and the alumni of a cloned program's earlier cohorts — a preview, then their
 * invitations. Docs: docs/api/next-cohort.md.
 */
export function nextCohortRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.put(
    '/api/programs/:id/lessons-learned',
    {
      schema: {
        tags: ['programs'],
        summary: "Save HR's lessons learned for a program (in any phase; a clone carries them)",
        params: programParamsSchema,
        body: z.object({
          lessonsLearned: z
            .string({ error: 'Write the lessons as text.' })
            .trim()
            .max(LESSONS_MAX, `Keep the lessons to ${LESSONS_MAX.toLocaleString('en')} characters.`),
        }),
        response: { 200: z.object({ lessonsLearned: z.string() }), ...errorResponses },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) =>
      unwrap(await saveLessonsLearned(deps, callerOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/programs/:id/alumni',
    {
      schema: {
        tags: ['enrollment'],
        summary: 'Alumni of the earlier cohorts this program was cloned from, not yet invited',
        params: programParamsSchema,
        response: {
          200: z.object({
            earlierCohorts: z.array(z.object({ id: z.string(), name: z.string(), phase: z.enum(PHASES) })),
            counts: sideCounts,
            people: z.array(
              z.object({
                personId: z.string(),
                name: z.string(),
                side: sideSchema,
                cohort: z.object({ id: z.string(), name: z.string() }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request) => {
      const found = unwrap(await findAlumni(db, callerOf(request).orgId, request.params.id));
      return {
        earlierCohorts: found.earlierCohorts,
        counts: alumniBySide(found.alumni),
        people: found.alumni,
      };
    },
  );

  app.post(
    '/api/programs/:id/alumni/invitations',
    {
      schema: {
        tags: ['enrollment'],
        summary: 'Invite the alumni of earlier cohorts, each on the side they took; never twice',
        params: programParamsSchema,
        response: {
          201: z.object({
            invited: z.number(),
            bySide: sideCounts,
            skipped: z.array(z.object({ personId: z.string(), reason: z.string() })),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'enrollments.manage' },
    },
    async (request, reply) => {
      const outcome = unwrap(await inviteAlumni(deps, callerOf(request), request.params.id, request.ip));
      return reply.status(201).send(outcome);
    },
  );
}
