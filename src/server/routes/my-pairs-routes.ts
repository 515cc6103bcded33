import { z } from 'zod';
import { PHASES } from '#core/programs/program-phase';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { reasonBody } from '#server/routes/pairing-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { listMyPairs } from '#server/use-cases/list-my-pairs';
import { requestRepair } from '#server/use-cases/request-repair';

/** A participant's own pairs, and their confidential request to be re-paired. */
export function myPairsRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const config = { permission: 'match.own' } as const;
  const tags = ['my pairs'];

  app.get(
    '/api/my/pairs',
    {
      schema: {
        tags,
        summary: 'My active and paused pairs: partner and why we were paired',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                pairId: z.string(),
                program: z.object({ id: z.string(), name: z.string(), phase: z.enum(PHASES) }),
                role: z.enum(['mentor', 'mentee']),
                partner: z.object({
                  name: z.string(),
                  title: z.string(),
                  department: z.string(),
                  location: z.string(),
                }),
                explanation: z.string(),
                score: z.number(),
                startedAt: z.string(),
                status: z.enum(['active', 'paused']),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config,
    },
    async (request) => ({ items: await listMyPairs(db, callerOf(request)) }),
  );

  app.post(
    '/api/my/pairs/:pairId/repair-request',
    {
      schema: {
        tags,
        summary: 'Ask HR, confidentially, to be re-paired (the partner never sees it)',
        params: z.object({ pairId: z.string().min(1).max(100) }),
        body: reasonBody,
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      },
      config,
    },
    async (request, reply) => {
      const created = unwrap(
        await requestRepair(deps, callerOf(request), request.params.pairId, request.body),
      );
      return reply.status(201).send(created);
    },
  );
}
