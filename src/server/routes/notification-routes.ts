import { z } from 'zod';
import { NOTIFICATION_KINDS, notificationChoicesPatchSchema } from '#core/notifications/notification-choices';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeNotificationSettings } from '#server/use-cases/describe-notification-settings';
import { saveNotificationSettings } from '#server/use-cases/save-notification-settings';
import { describeUnsubscribe, unsubscribeByLink } from '#server/use-cases/unsubscribe-by-link';

const choicesSchema = z.record(z.enum(NOTIFICATION_KINDS), z.boolean()).meta({ id: 'NotificationChoices' });

const kindsSchema = z.array(
  z.object({
    kind: z.enum(NOTIFICATION_KINDS),
    label: z.string(),
    description: z.string(),
    audience: z.enum(['participant', 'hr']),
  }),
);

const settingsSchema = z
  .object({ choices: choicesSchema, kinds: kindsSchema })
  .meta({ id: 'NotificationSettings' });

const unsubscribeSchema = z
  .object({ orgName: z.string(), email: z.string(), choices: choicesSchema, kinds: kindsSchema })
  .meta({ id: 'UnsubscribeSettings' });

const tokenQuery = z.object({ token: z.string().max(500).default('') });

/**
 * The one-click body mail apps send (RFC 8058, as a form), or the unsubscribe page's own choices.
 * An empty body, or one naming no kind, turns every optional email off.
 */
const unsubscribeBody = notificationChoicesPatchSchema
  .extend({ 'List-Unsubscribe': z.literal('One-Click').optional() })
  .nullish();

/** Issue 7 (docs/api/check-ins.md, "Notification settings"): which optional emails a member gets. */
export function notificationRoutes(app: Api, deps: AppDeps): void {
  const tags = ['notifications'];

  app.get(
    '/api/me/notifications',
    {
      schema: {
        tags,
        summary: 'Which optional emails I get, and the ones that can reach me',
        response: { 200: settingsSchema, ...errorResponses },
      },
      config: { permission: 'notifications.own' },
    },
    async (request) => unwrap(await describeNotificationSettings(deps, callerOf(request))),
  );

  app.put(
    '/api/me/notifications',
    {
      schema: {
        tags,
        summary: 'Turn some of my optional emails on or off',
        body: notificationChoicesPatchSchema,
        response: { 200: settingsSchema, ...errorResponses },
      },
      config: { permission: 'notifications.own' },
    },
    async (request) => unwrap(await saveNotificationSettings(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/unsubscribe',
    {
      schema: {
        tags,
        summary:
          "An email's unsubscribe link: whose it is (masked) and their choices. Public: the token is the credential",
        querystring: tokenQuery,
        response: { 200: unsubscribeSchema, ...errorResponses },
      },
    },
    async (request) => unwrap(await describeUnsubscribe(deps, request.query.token)),
  );

  // Mail apps post the one-click unsubscribe as a form; only this route reads forms.
  app.register(async (scope: Api) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.post(
      '/api/unsubscribe',
      {
        schema: {
          tags,
          summary:
            'One-click unsubscribe (RFC 8058): no body turns every optional email off; kinds set those. Public: the token is the credential',
          querystring: tokenQuery,
          body: unsubscribeBody,
          response: { 200: unsubscribeSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { 'List-Unsubscribe': _oneClick, ...kinds } = request.body ?? {};
        const named = Object.values(kinds).some((v) => v !== undefined);
        return unwrap(await unsubscribeByLink(deps, request.query.token, named ? kinds : 'all'));
      },
    );
  });
}
