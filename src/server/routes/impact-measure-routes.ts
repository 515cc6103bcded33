import { z } from 'zod';
import { objectiveSchema } from '#core/programs/program-settings';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { listMeasureChoices } from '#server/use-cases/list-measure-choices';

const measureChoicesSchema = z
  .object({
    items: z.array(
      z.object({ key: z.string(), label: z.string(), unit: objectiveSchema.shape.unit.unwrap() }),
    ),
  })
  .meta({ id: 'MeasureChoices' });

/** What a program's objectives can be measured by, for HR's program form (docs/api/impact.md). */
export function impactMeasureRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/programs/:id/impact/measures',
    {
      schema: {
        tags: ['impact'],
        summary: 'The impact report’s figures an objective of this program can be measured by',
        params: idParamsSchema,
        response: { 200: measureChoicesSchema, ...errorResponses },
      },
      config: { permission: 'programs.read' },
    },
    async (request) => ({
      items: unwrap(await listMeasureChoices(db, callerOf(request).orgId, request.params.id)),
    }),
  );
}
