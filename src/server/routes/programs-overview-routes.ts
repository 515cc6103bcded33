import { z } from 'zod';
import { PHASES } from '#core/programs/program-phase';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import type { Api } from '#server/routes/route-types';
import { bySide, figure } from '#server/routes/survey-schemas';
import { describeProgramsOverview } from '#server/use-cases/describe-programs-overview';

const program = {
  id: z.string(),
  name: z.string(),
  phase: z.enum(PHASES),
  startDate: z.string(),
  endDate: z.string(),
  sponsorName: z.string().nullable(),
};
const health = z.object({
  healthy: z.number(),
  at_risk: z.number(),
  inactive: z.number(),
  total: z.number(),
});
const headline = {
  matched: bySide({ people: z.number() }),
  activePairs: z.number(),
  meetings: figure({ planned: z.number(), held: z.number(), heldPercent: z.number() }),
  pulse: figure({ ratings: z.number(), mean: z.number() }),
  objectives: z.object({ met: z.number(), measured: z.number(), total: z.number() }),
};

export const programsOverviewSchema = z
  .object({
    minGroupSize: z.number(),
    asOf: z.string(),
    programs: z.array(z.object({ ...program, ...headline, health: health.nullable() })),
    totals: z.object({ programs: z.number(), ...headline, health }),
    drafts: z.array(z.object(program)),
  })
  .meta({ id: 'ProgramsOverview' });

/** HR's dashboard across programs (docs/api/impact.md, "Impact across programs"). */
export function programsOverviewRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/impact/programs',
    {
      schema: {
        tags: ['impact'],
        summary:
          'Every program’s headline figures in one table, with totals across programs; small groups hidden',
        response: { 200: programsOverviewSchema, ...errorResponses },
      },
      config: { permission: 'programs.read' },
    },
    async (request) => describeProgramsOverview(db, callerOf(request), deps.now()),
  );
}
