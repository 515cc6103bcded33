import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import {
  decidedPairSchema,
  midpointReviewSchema,
  pairReviewBody,
  reviewPairParams,
} from '#server/routes/midpoint-review-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { decidePairReview } from '#server/use-cases/decide-pair-review';
import { describeMidpointReview } from '#server/use-cases/describe-midpoint-review';

/** HR's midpoint review of a program (docs/api/check-ins.md, "Midpoint review"). */
export function midpointReviewRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const hr = { permission: 'surveys.manage' } as const;
  const tags = ['check-ins'];

  app.get(
    '/api/programs/:id/midpoint-review',
    {
      schema: {
        tags,
        summary:
          'The midpoint review: each pair’s health, who answered the check-in, re-pair requests and HR’s decisions',
        params: idParamsSchema,
        response: { 200: midpointReviewSchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(await describeMidpointReview(db, callerOf(request).orgId, request.params.id, deps.now())),
  );

  app.put(
    '/api/programs/:id/midpoint-review/pairs/:pairId',
    {
      schema: {
        tags,
        summary:
          'Decide about a pair: keep it, email both people resources, or re-pair it (then end and re-match)',
        params: reviewPairParams,
        body: pairReviewBody,
        response: { 200: decidedPairSchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(
        await decidePairReview(
          deps,
          callerOf(request),
          request.params.id,
          request.params.pairId,
          request.body,
        ),
      ),
  );
}
