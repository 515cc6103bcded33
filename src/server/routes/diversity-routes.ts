import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { programDiversitySchema } from '#server/routes/impact-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeDiversity } from '#server/use-cases/describe-diversity';

/** Diversity of participation, from consented answers only (docs/api/impact.md). */
export function diversityRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/programs/:id/impact/diversity',
    {
      schema: {
        tags: ['impact'],
        summary:
          'Diversity of participation: answers to the sensitive choice questions, counted only from people who consented, small groups hidden',
        params: idParamsSchema,
        response: { 200: programDiversitySchema, ...errorResponses },
      },
      config: { permission: 'impact.read' },
    },
    async (request) => unwrap(await describeDiversity(db, callerOf(request), request.params.id)),
  );
}
