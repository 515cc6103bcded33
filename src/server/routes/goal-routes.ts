import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import {
  goalBody,
  goalListSchema,
  goalParamsSchema,
  goalSchema,
  goalUpdateBody,
  pairParamsSchema,
} from '#server/routes/workspace-schemas';
import { addGoal } from '#server/use-cases/add-goal';
import { deleteGoal } from '#server/use-cases/delete-goal';
import { listGoals } from '#server/use-cases/list-goals';
import { updateGoal } from '#server/use-cases/update-goal';

/** Issue 6 (docs/api/workspace.md): each side's goals and the progress both record on them. */
export function goalRoutes(app: Api, deps: AppDeps): void {
  const config = { permission: 'workspace.own' } as const;
  const tags = ['pair workspace'];
  const goalsUrl = '/api/my/pairs/:pairId/goals';

  app.get(
    goalsUrl,
    {
      schema: {
        tags,
        summary: 'The pair’s goals with their progress updates (newest first)',
        params: pairParamsSchema,
        response: { 200: goalListSchema, ...errorResponses },
      },
      config,
    },
    async (request) => ({ items: unwrap(await listGoals(deps, callerOf(request), request.params.pairId)) }),
  );

  app.post(
    goalsUrl,
    {
      schema: {
        tags,
        summary: 'Add a goal for my own side',
        params: pairParamsSchema,
        body: goalBody,
        response: { 201: goalSchema, ...errorResponses },
      },
      config,
    },
    async (request, reply) => {
      const goal = unwrap(await addGoal(deps, callerOf(request), request.params.pairId, request.body));
      return reply.status(201).send(goal);
    },
  );

  app.post(
    `${goalsUrl}/:goalId/updates`,
    {
      schema: {
        tags,
        summary: 'Record progress on a goal of either side (100 completes it)',
        params: goalParamsSchema,
        body: goalUpdateBody,
        response: { 200: goalSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { pairId, goalId } = request.params;
      return unwrap(await updateGoal(deps, callerOf(request), pairId, goalId, request.body));
    },
  );

  app.delete(
    `${goalsUrl}/:goalId`,
    {
      schema: {
        tags,
        summary: 'Remove a goal I added',
        params: goalParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
      config,
    },
    async (request, reply) => {
      const { pairId, goalId } = request.params;
      unwrap(await deleteGoal(deps, callerOf(request), pairId, goalId));
      return reply.status(204).send(null);
    },
  );
}
