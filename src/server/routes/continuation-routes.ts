import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { pairParamsSchema } from '#server/routes/workspace-schemas';
import { answerPairContinuation } from '#server/use-cases/answer-pair-continuation';
import { describePairContinuation } from '#server/use-cases/describe-pair-continuation';
import { listContinuationsOfProgram } from '#server/use-cases/list-program-continuations';

/** Issue 8 (docs/api/continuation.md): whether pairs keep meeting informally once a program closes. */

const continuationSchema = z
  .object({
    open: z.boolean(),
    reason: z.string().nullable(),
    mine: z.boolean().nullable(),
    answeredAt: z.string().nullable(),
    bothContinue: z.boolean(),
  })
  .meta({ id: 'PairContinuation' });

const statusSchema = z.enum(['continuing', 'not_continuing', 'not_answered']);

const programContinuationsSchema = z
  .object({
    open: z.boolean(),
    summary: z.object({
      pairs: z.number().int(),
      continuing: z.number().int(),
      not_continuing: z.number().int(),
      not_answered: z.number().int(),
    }),
    items: z.array(z.object({ pairId: z.string(), status: statusSchema })),
  })
  .meta({ id: 'ProgramContinuations' });

const answerBody = z.object({ continues: z.boolean() }).strict();

export function continuationRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const own = { permission: 'workspace.own' } as const;

  app.get(
    '/api/my/pairs/:pairId/continuation',
    {
      schema: {
        tags: ['pair workspace'],
        summary: 'Whether I keep meeting my partner informally; the partner’s choice only when both said yes',
        params: pairParamsSchema,
        response: { 200: continuationSchema, ...errorResponses },
      },
      config: own,
    },
    async (request) => unwrap(await describePairContinuation(db, callerOf(request), request.params.pairId)),
  );

  app.put(
    '/api/my/pairs/:pairId/continuation',
    {
      schema: {
        tags: ['pair workspace'],
        summary:
          'Say (or change) whether I will keep meeting my partner informally, once the program is closed',
        params: pairParamsSchema,
        body: answerBody,
        response: { 200: continuationSchema, ...errorResponses },
      },
      config: own,
    },
    async (request) =>
      unwrap(await answerPairContinuation(deps, callerOf(request), request.params.pairId, request.body)),
  );

  app.get(
    '/api/programs/:id/pair-continuations',
    {
      schema: {
        tags: ['pairing'],
        summary: 'For a closed program: which pairs keep meeting informally, per pair and counted',
        params: idParamsSchema,
        response: { 200: programContinuationsSchema, ...errorResponses },
      },
      config: { permission: 'pairing.manage' },
    },
    async (request) =>
      unwrap(await listContinuationsOfProgram(db, callerOf(request).orgId, request.params.id)),
  );
}
