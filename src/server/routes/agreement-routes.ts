import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { acceptBody, agreementBody, agreementSchema } from '#server/routes/agreement-schemas';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { pairParamsSchema } from '#server/routes/workspace-schemas';
import { acceptAgreement } from '#server/use-cases/accept-agreement';
import { saveAgreement } from '#server/use-cases/save-agreement';

/** Issue 6 (docs/api/workspace.md): the kickoff agreement, edited and accepted by both. */
export function agreementRoutes(app: Api, deps: AppDeps): void {
  const config = { permission: 'workspace.own' } as const;
  const tags = ['pair workspace'];

  app.put(
    '/api/my/pairs/:pairId/agreement',
    {
      schema: {
        tags,
        summary: 'Edit the draft agreement (a new version; both acceptances are cleared)',
        params: pairParamsSchema,
        body: agreementBody,
        response: { 200: agreementSchema, ...errorResponses },
      },
      config,
    },
    async (request) =>
      unwrap(await saveAgreement(deps, callerOf(request), request.params.pairId, request.body)),
  );

  app.post(
    '/api/my/pairs/:pairId/agreement/accept',
    {
      schema: {
        tags,
        summary: 'Accept this version; the second acceptance schedules the meetings and sends invitations',
        params: pairParamsSchema,
        body: acceptBody,
        response: { 200: agreementSchema, ...errorResponses },
      },
      config,
    },
    async (request) =>
      unwrap(await acceptAgreement(deps, callerOf(request), request.params.pairId, request.body)),
  );
}
