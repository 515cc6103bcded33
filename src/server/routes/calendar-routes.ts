import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { calendarFeedSchema } from '#server/routes/agreement-schemas';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { meetingParamsSchema, pairParamsSchema } from '#server/routes/workspace-schemas';
import {
  createCalendarFeed,
  describeCalendarFeed,
  readCalendarFeed,
  revokeCalendarFeed,
} from '#server/use-cases/calendar-feed';
import { type CalendarFile, meetingCalendar, pairCalendar } from '#server/use-cases/meeting-calendars';

const CALENDAR = 'text/calendar; charset=utf-8';
const icsResponse = { 200: z.string().describe('text/calendar'), ...errorResponses };

function download(reply: FastifyReply, file: CalendarFile) {
  return reply
    .type(CALENDAR)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

/** Issue 6 (docs/api/workspace.md): calendar downloads, and a private subscription URL per person. */
export function calendarRoutes(app: Api, deps: AppDeps): void {
  const config = { permission: 'workspace.own' } as const;
  const tags = ['calendar'];

  app.get(
    '/api/my/pairs/:pairId/calendar.ics',
    {
      schema: {
        tags,
        summary: 'Every meeting of the pair, to add to a calendar',
        params: pairParamsSchema,
        response: icsResponse,
      },
      config,
    },
    async (request, reply) =>
      download(reply, unwrap(await pairCalendar(deps, callerOf(request), request.params.pairId))),
  );

  app.get(
    '/api/my/pairs/:pairId/meetings/:meetingId/calendar.ics',
    {
      schema: {
        tags,
        summary: 'One meeting of the pair, to add to a calendar',
        params: meetingParamsSchema,
        response: icsResponse,
      },
      config,
    },
    async (request, reply) => {
      const { pairId, meetingId } = request.params;
      return download(reply, unwrap(await meetingCalendar(deps, callerOf(request), pairId, meetingId)));
    },
  );

  app.get(
    '/api/my/calendar-feed',
    {
      schema: {
        tags,
        summary: 'My private calendar subscription URL, if I have one',
        response: { 200: calendarFeedSchema, ...errorResponses },
      },
      config,
    },
    async (request) => unwrap(await describeCalendarFeed(deps, callerOf(request))),
  );

  app.post(
    '/api/my/calendar-feed',
    {
      schema: {
        tags,
        summary: 'A new private calendar subscription URL; any previous one stops working at once',
        response: { 200: calendarFeedSchema, ...errorResponses },
      },
      config,
    },
    async (request) => unwrap(await createCalendarFeed(deps, callerOf(request))),
  );

  app.delete(
    '/api/my/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Stop my calendar subscription URL from working',
        response: { 204: z.null(), ...errorResponses },
      },
      config,
    },
    async (request, reply) => {
      unwrap(await revokeCalendarFeed(deps, callerOf(request)));
      return reply.status(204).send(null);
    },
  );

  // Public: the URL's token is the only credential. Request logs stay quiet so the token is not logged.
  app.get(
    '/calendar/:feedId/:file',
    {
      schema: {
        tags,
        summary: 'A private calendar subscription (the URL from /api/my/calendar-feed)',
        params: z.object({ feedId: z.string().max(100), file: z.string().max(200) }),
      },
      logLevel: 'warn',
    },
    async (request, reply) => {
      const { feedId, file } = request.params;
      const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
      const calendar = token ? await readCalendarFeed(deps, feedId, token) : undefined;
      if (calendar === undefined) {
        return reply
          .status(404)
          .type('text/plain; charset=utf-8')
          .header('cache-control', 'no-store')
          .send('Not found.');
      }
      return reply
        .type(CALENDAR)
        .header('cache-control', 'private, max-age=300')
        .header('x-robots-tag', 'noindex')
        .send(calendar);
    },
  );
}
