import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import {
  meetingListSchema,
  meetingLogBody,
  meetingParamsSchema,
  meetingSchema,
  pairParamsSchema,
  privateNoteBody,
  privateNoteSchema,
  topicBody,
} from '#server/routes/workspace-schemas';
import { chooseTopic } from '#server/use-cases/choose-topic';
import { describeMyPairMeeting, listMyPairMeetings } from '#server/use-cases/describe-meetings';
import { logMeeting } from '#server/use-cases/log-meeting';
import { savePrivateNote } from '#server/use-cases/save-private-note';

/** Issue 6 (docs/api/workspace.md): a pair's meetings, their topics, logs and each person's own notes. */
export function meetingRoutes(app: Api, deps: AppDeps): void {
  const config = { permission: 'workspace.own' } as const;
  const tags = ['pair workspace'];
  const meetingUrl = '/api/my/pairs/:pairId/meetings/:meetingId';

  app.get(
    '/api/my/pairs/:pairId/meetings',
    {
      schema: {
        tags,
        summary: 'The pair’s meetings in time order, cancelled included',
        params: pairParamsSchema,
        response: { 200: meetingListSchema, ...errorResponses },
      },
      config,
    },
    async (request) => ({
      items: unwrap(await listMyPairMeetings(deps, callerOf(request), request.params.pairId)),
    }),
  );

  app.get(
    meetingUrl,
    {
      schema: {
        tags,
        summary: 'One meeting of the pair',
        params: meetingParamsSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
      config,
    },
    async (request) =>
      unwrap(
        await describeMyPairMeeting(deps, callerOf(request), request.params.pairId, request.params.meetingId),
      ),
  );

  app.put(
    `${meetingUrl}/topic`,
    {
      schema: {
        tags,
        summary: 'Choose the meeting’s topic: one of the plan, one of our own, or (both null) the default',
        params: meetingParamsSchema,
        body: topicBody,
        response: { 200: meetingSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { pairId, meetingId } = request.params;
      return unwrap(await chooseTopic(deps, callerOf(request), pairId, meetingId, request.body));
    },
  );

  app.put(
    `${meetingUrl}/log`,
    {
      schema: {
        tags,
        summary: 'Log a meeting that has started: held or missed, what each side taught, my pulse',
        params: meetingParamsSchema,
        body: meetingLogBody,
        response: { 200: meetingSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { pairId, meetingId } = request.params;
      return unwrap(await logMeeting(deps, callerOf(request), pairId, meetingId, request.body));
    },
  );

  app.put(
    `${meetingUrl}/private-note`,
    {
      schema: {
        tags,
        summary: 'My own note on a meeting, stored encrypted and readable by me only (empty deletes it)',
        params: meetingParamsSchema,
        body: privateNoteBody,
        response: { 200: privateNoteSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { pairId, meetingId } = request.params;
      return unwrap(await savePrivateNote(deps, callerOf(request), pairId, meetingId, request.body));
    },
  );
}
