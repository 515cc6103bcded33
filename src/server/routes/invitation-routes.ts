import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOfSession } from '#server/auth/authenticate';
import { tokenId } from '#server/auth/secrets';
import { readSessionCookie, setSessionCookie } from '#server/auth/session-cookie';
import { HttpError } from '#server/http-error';
import { errorResponses, meSchema, originOf } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { acceptInvitation, describeInvitation } from '#server/use-cases/accept-invitation';
import { describeMe } from '#server/use-cases/describe-me';

const tokenParams = z.object({ token: z.string().min(1).max(200) });

export function invitationRoutes(app: Api, deps: AppDeps): void {
  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['auth'],
        summary: 'What an invitation link is for',
        params: tokenParams,
        response: {
          200: z.object({ email: z.string(), name: z.string(), orgName: z.string(), expiresAt: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request) => unwrap(await describeInvitation(deps, request.params.token)),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Accept an invitation: choose a name and password, and sign in (ending any session the browser had)',
        params: tokenParams,
        body: z.object({
          name: z.string({ error: 'Enter your name.' }).trim().min(1, 'Enter your name.').max(200),
          password: z.string({ error: 'Choose a password.' }).max(1000),
        }),
        response: { 200: meSchema, ...errorResponses },
      },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const previous = readSessionCookie(request, deps.env);
      const { token } = unwrap(
        await acceptInvitation(deps, {
          token: request.params.token,
          ...request.body,
          ...originOf(request),
          previousSessionId: previous ? tokenId(previous) : undefined,
        }),
      );
      setSessionCookie(reply, deps.env, token);
      const caller = await callerOfSession(deps, tokenId(token));
      if (!caller) throw new HttpError('internal', 'The session could not be started.');
      return describeMe(deps, caller);
    },
  );
}
