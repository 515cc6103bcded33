import type {} from '@fastify/rate-limit';
import { z } from 'zod';
import { HttpError } from '#server/http-error';
import type { AppDeps } from '#server/app-deps';
import { type Caller, callerOf, callerOfSession } from '#server/auth/authenticate';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '#server/auth/session-cookie';
import { tokenId } from '#server/auth/secrets';
import { emailSchema, errorResponses, meSchema, originOf } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeMe } from '#server/use-cases/describe-me';
import { logIn } from '#server/use-cases/log-in';
import { requestPasswordReset } from '#server/use-cases/request-password-reset';
import { resetPassword } from '#server/use-cases/reset-password';
import { switchOrganisation } from '#server/use-cases/switch-organisation';
import { deleteSession } from '#store/sessions-store';

const passwordField = z.string({ error: 'Enter a password.' }).min(1, 'Enter a password.').max(1000);

export function authRoutes(app: Api, deps: AppDeps): void {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (429 with Retry-After after too many failures)',
        body: z.object({ email: emailSchema, password: passwordField }),
        response: { 200: meSchema, ...errorResponses },
      },
      config: {
        rateLimit: {
          max: deps.env.loginRateLimitPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => request.ip,
        },
      },
    },
    async (request, reply) => {
      const previous = readSessionCookie(request, deps.env);
      const result = await logIn(deps, {
        ...request.body,
        ...originOf(request),
        previousSessionId: previous ? tokenId(previous) : undefined,
      });
      if ('retryAfterSeconds' in result) reply.header('retry-after', String(result.retryAfterSeconds));
      const { token } = unwrap(result);
      setSessionCookie(reply, deps.env, token);
      return describeMe(deps, await sessionCaller(deps, tokenId(token)));
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      if (request.caller) await deleteSession(deps.database.db, request.caller.sessionId);
      clearSessionCookie(reply, deps.env);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: meSchema, ...errorResponses } },
      config: { permission: 'session.read' },
    },
    async (request) => describeMe(deps, callerOf(request)),
  );

  app.post(
    '/api/auth/switch-org',
    {
      schema: {
        tags: ['auth'],
        summary: 'Continue in another organisation this account belongs to (a new session and CSRF token)',
        body: z.object({ orgId: z.string().min(1).max(100) }),
        response: { 200: meSchema, ...errorResponses },
      },
      config: { permission: 'session.read' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { token } = unwrap(await switchOrganisation(deps, caller, request.body.orgId, originOf(request)));
      setSessionCookie(reply, deps.env, token);
      return describeMe(deps, await sessionCaller(deps, tokenId(token)));
    },
  );

  app.post(
    '/api/auth/forgot-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Email a password reset link (same answer whether or not the account exists)',
        body: z.object({ email: emailSchema }),
        response: { 202: z.object({ message: z.string() }), ...errorResponses },
      },
      config: { rateLimit: { max: 5, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, { email: request.body.email, ip: request.ip });
      return reply.status(202).send({
        message: 'If an account exists for that address, we have sent it a link to choose a new password.',
      });
    },
  );

  app.post(
    '/api/auth/reset-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with a reset link',
        body: z.object({ token: z.string().min(1).max(200), password: passwordField }),
        response: { 204: z.null(), ...errorResponses },
      },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      unwrap(await resetPassword(deps, { ...request.body, ip: request.ip }));
      return reply.status(204).send(null);
    },
  );
}

async function sessionCaller(deps: AppDeps, sessionId: string): Promise<Caller> {
  const caller = await callerOfSession(deps, sessionId);
  if (!caller) throw new HttpError('unauthenticated', 'Please sign in.');
  return caller;
}
