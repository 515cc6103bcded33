import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { cadenceBody, cancelBody, moveBody } from '#server/routes/agreement-schemas';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import {
  meetingListSchema,
  meetingParamsSchema,
  meetingSchema,
  pairParamsSchema,
} from '#server/routes/workspace-schemas';
import { cancelMeeting } from '#server/use-cases/cancel-meeting';
import { changeCadence } from '#server/use-cases/change-cadence';
import { moveMeeting } from '#server/use-cases/move-meeting';

/** Issue 6 (docs/api/workspace.md): moving or cancelling one meeting, and a new cadence from a date. */
export function meetingScheduleRoutes(app: Api, deps: AppDeps): void {
  const config = { permission: 'workspace.own' } as const;
  const tags = ['pair workspace'];
  const meetingUrl = '/api/my/pairs/:pairId/meetings/:meetingId';

  app.post(
    `${meetingUrl}/move`,
    {
      schema: {
        tags,
        summary: 'Move one scheduled meeting; both get a calendar update',
        params: meetingParamsSchema,
        body: moveBody,
        response: { 200: meetingSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { pairId, meetingId } = request.params;
      return unwrap(await moveMeeting(deps, callerOf(request), pairId, meetingId, request.body));
    },
  );

  app.post(
    `${meetingUrl}/cancel`,
    {
      schema: {
        tags,
        summary: 'Cancel one scheduled meeting; both get a calendar cancellation',
        params: meetingParamsSchema,
        body: cancelBody,
        response: { 200: meetingSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { pairId, meetingId } = request.params;
      return unwrap(await cancelMeeting(deps, callerOf(request), pairId, meetingId, request.body ?? {}));
    },
  );

  app.post(
    '/api/my/pairs/:pairId/cadence',
    {
      schema: {
        tags,
        summary: 'Meet on a new schedule from a date; the current series ends the day before',
        params: pairParamsSchema,
        body: cadenceBody,
        response: { 200: meetingListSchema, ...errorResponses },
      },
      config,
    },
    async (request) => ({
      items: unwrap(await changeCadence(deps, callerOf(request), request.params.pairId, request.body)),
    }),
  );
}
