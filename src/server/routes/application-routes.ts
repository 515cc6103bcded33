import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import {
  applicationSchema,
  programBriefSchema,
  programParamsSchema,
  sideSchema,
  statusSchema,
} from '#server/routes/enrollment-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeApplication } from '#server/use-cases/describe-application';
import { listMyPrograms } from '#server/use-cases/list-my-programs';
import { saveApplication } from '#server/use-cases/save-application';
import { withdrawApplication } from '#server/use-cases/withdraw-application';
import { listSkills } from '#store/skills-store';

/** A participant's own programs and application; nobody else's is reachable from here. */
export function applicationRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/my/programs',
    {
      schema: {
        tags: ['applications'],
        summary: 'Programs I am in or invited to, and open programs I may volunteer for',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                program: programBriefSchema,
                enrollment: z
                  .object({
                    id: z.string(),
                    side: sideSchema,
                    status: statusSchema,
                    submittedAt: z.string().nullable(),
                  })
                  .nullable(),
                canVolunteer: sideSchema.nullable(),
                certificate: z
                  .boolean()
                  .describe(
                    'Whether I completed this closed program: GET …/certificate.pdf has my certificate',
                  ),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'applications.own' },
    },
    async (request) => ({ items: await listMyPrograms(db, callerOf(request)) }),
  );

  app.get(
    '/api/my/programs/:id/application',
    {
      schema: {
        tags: ['applications'],
        summary: 'My application: my side’s questions and my answers',
        params: programParamsSchema,
        response: { 200: applicationSchema, ...errorResponses },
      },
      config: { permission: 'applications.own' },
    },
    async (request) => unwrap(await describeApplication(db, callerOf(request), request.params.id)),
  );

  app.put(
    '/api/my/programs/:id/application',
    {
      schema: {
        tags: ['applications'],
        summary: 'Save my answers as a draft, or submit them (volunteering when the program is open)',
        params: programParamsSchema,
        body: z.object({
          side: sideSchema.optional(),
          answers: z.record(z.string(), z.unknown(), { error: 'Send the answers as an object.' }),
          matchingConsent: z.boolean({
            error: 'Say whether your sensitive answers may be used in matching.',
          }),
          submit: z.boolean({ error: 'Say whether to submit or save a draft.' }),
        }),
        response: { 200: applicationSchema, ...errorResponses },
      },
      config: { permission: 'applications.own' },
    },
    async (request) => {
      const caller = callerOf(request);
      unwrap(await saveApplication(deps, caller, { programId: request.params.id, ...request.body }));
      return unwrap(await describeApplication(db, caller, request.params.id));
    },
  );

  app.post(
    '/api/my/programs/:id/withdraw',
    {
      schema: {
        tags: ['applications'],
        summary: 'Leave a program, or decline an invitation or nomination',
        params: programParamsSchema,
        response: { 200: z.object({ status: z.literal('withdrawn') }), ...errorResponses },
      },
      config: { permission: 'applications.own' },
    },
    async (request) => unwrap(await withdrawApplication(deps, callerOf(request), request.params.id)),
  );

  app.get(
    '/api/skills',
    {
      schema: {
        tags: ['applications'],
        summary: "The organisation's skill list",
        querystring: z.object({ q: z.string().max(80).optional() }),
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
          ...errorResponses,
        },
      },
      config: { permission: 'applications.own' },
    },
    async (request) => ({ items: await listSkills(db, callerOf(request).orgId, { q: request.query.q }) }),
  );
}
