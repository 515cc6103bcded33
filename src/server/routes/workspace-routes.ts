import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { workspaceSchema } from '#server/routes/agreement-schemas';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { pairParamsSchema } from '#server/routes/workspace-schemas';
import { describeWorkspace } from '#server/use-cases/describe-workspace';

/** Issue 6 (docs/api/workspace.md): the pair workspace at a glance. */
export function workspaceRoutes(app: Api, deps: AppDeps): void {
  app.get(
    '/api/my/pairs/:pairId/workspace',
    {
      schema: {
        tags: ['pair workspace'],
        summary: 'The pair, the partner, the program, the kickoff agreement, skills and meeting counts',
        params: pairParamsSchema,
        response: { 200: workspaceSchema, ...errorResponses },
      },
      config: { permission: 'workspace.own' },
    },
    async (request) => unwrap(await describeWorkspace(deps, callerOf(request), request.params.pairId)),
  );
}
