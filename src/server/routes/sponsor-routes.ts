import { z } from 'zod';
import { PHASES } from '#core/programs/program-phase';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import type { Api } from '#server/routes/route-types';
import { listSponsoredPrograms } from '#server/use-cases/list-sponsored-programs';

const sponsoredProgramSchema = z.object({
  id: z.string(),
  name: z.string(),
  phase: z.enum(PHASES),
  startDate: z.string(),
  endDate: z.string(),
});

/** A sponsor's way in to their programs' impact (docs/api/impact.md). */
export function sponsorRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/my/sponsored-programs',
    {
      schema: {
        tags: ['impact'],
        summary: 'The programs I sponsor, each of whose impact I may open (empty without the sponsor role)',
        response: { 200: z.object({ items: z.array(sponsoredProgramSchema) }), ...errorResponses },
      },
      config: { permission: 'sponsorships.own' },
    },
    async (request) => ({ items: await listSponsoredPrograms(db, callerOf(request)) }),
  );
}
