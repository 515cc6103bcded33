import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import {
  concernMessageBody,
  concernParams,
  concernSchema,
  concernStatusQuery,
  hrConcernSchema,
  raiseConcernBody,
} from '#server/routes/concern-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { addConcernMessage } from '#server/use-cases/add-concern-message';
import { listConcerns } from '#server/use-cases/list-concerns';
import { listMyConcerns } from '#server/use-cases/list-my-concerns';
import { raiseConcern } from '#server/use-cases/raise-concern';
import { replyToConcern } from '#server/use-cases/reply-to-concern';
import { resolveConcern } from '#server/use-cases/resolve-concern';

/** Confidential concerns (docs/api/workspace.md): a participant and HR talk; the partner never sees it. */
export function concernRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const own = { permission: 'workspace.own' } as const;
  const hr = { permission: 'concerns.manage' } as const;
  const tags = ['concerns'];

  app.post(
    '/api/my/pairs/:pairId/concerns',
    {
      schema: {
        tags,
        summary: 'Raise a confidential concern about my pair with HR (the partner never sees it)',
        params: z.object({ pairId: z.string().min(1).max(100) }),
        body: raiseConcernBody,
        response: { 201: concernSchema, ...errorResponses },
      },
      config: own,
    },
    async (request, reply) => {
      const concern = unwrap(
        await raiseConcern(deps, callerOf(request), request.params.pairId, request.body),
      );
      return reply.status(201).send(concern);
    },
  );

  app.get(
    '/api/my/concerns',
    {
      schema: {
        tags,
        summary: 'The concerns I raised, newest first, with HR’s replies',
        response: { 200: z.object({ items: z.array(concernSchema) }), ...errorResponses },
      },
      config: own,
    },
    async (request) => ({ items: await listMyConcerns(db, callerOf(request)) }),
  );

  app.post(
    '/api/my/concerns/:concernId/messages',
    {
      schema: {
        tags,
        summary: 'Write again on my concern (opens it again if resolved)',
        params: concernParams,
        body: concernMessageBody,
        response: { 200: concernSchema, ...errorResponses },
      },
      config: own,
    },
    async (request) =>
      unwrap(await addConcernMessage(deps, callerOf(request), request.params.concernId, request.body)),
  );

  app.get(
    '/api/concerns',
    {
      schema: {
        tags,
        summary: 'HR’s inbox of confidential concerns, newest first',
        querystring: concernStatusQuery,
        response: { 200: z.object({ items: z.array(hrConcernSchema) }), ...errorResponses },
      },
      config: hr,
    },
    async (request) => ({
      items: await listConcerns(db, callerOf(request), { status: request.query.status }),
    }),
  );

  app.post(
    '/api/concerns/:concernId/replies',
    {
      schema: {
        tags,
        summary: 'Reply to a concern (the participant is emailed a link, not the reply)',
        params: concernParams,
        body: concernMessageBody,
        response: { 200: hrConcernSchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(await replyToConcern(deps, callerOf(request), request.params.concernId, request.body)),
  );

  app.post(
    '/api/concerns/:concernId/resolve',
    {
      schema: {
        tags,
        summary: 'Mark a concern as resolved',
        params: concernParams,
        response: { 200: hrConcernSchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) => unwrap(await resolveConcern(deps, callerOf(request), request.params.concernId)),
  );
}
