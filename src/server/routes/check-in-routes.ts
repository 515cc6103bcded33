import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import {
  answerCheckInBody,
  checkInParams,
  myCheckInDetailSchema,
  myCheckInSchema,
} from '#server/routes/survey-schemas';
import { answerCheckIn } from '#server/use-cases/answer-check-in';
import { describeMyCheckIn } from '#server/use-cases/describe-my-check-in';
import { listMyCheckIns } from '#server/use-cases/list-my-check-ins';

/** The check-ins a participant was asked to answer (docs/api/check-ins.md, "Participants"). */
export function checkInRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const own = { permission: 'checkIns.own' } as const;
  const tags = ['check-ins'];

  app.get(
    '/api/my/check-ins',
    {
      schema: {
        tags,
        summary: 'My check-ins: open ones first, then answered and closed ones',
        response: { 200: z.object({ items: z.array(myCheckInSchema) }), ...errorResponses },
      },
      config: own,
    },
    async (request) => ({ items: await listMyCheckIns(db, callerOf(request), deps.now()) }),
  );

  app.get(
    '/api/my/check-ins/:id',
    {
      schema: {
        tags,
        summary: 'One of my check-ins: who sees the answers, my questions and my own answers',
        params: checkInParams,
        response: { 200: myCheckInDetailSchema, ...errorResponses },
      },
      config: own,
    },
    async (request) => unwrap(await describeMyCheckIn(db, callerOf(request), request.params.id, deps.now())),
  );

  app.put(
    '/api/my/check-ins/:id',
    {
      schema: {
        tags,
        summary: 'Answer my check-in, or change my answers until it closes',
        params: checkInParams,
        body: answerCheckInBody,
        response: { 200: myCheckInDetailSchema, ...errorResponses },
      },
      config: own,
    },
    async (request) =>
      unwrap(await answerCheckIn(deps, callerOf(request), request.params.id, request.body.answers)),
  );
}
