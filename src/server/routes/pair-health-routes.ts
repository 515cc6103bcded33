import { z } from 'zod';
import { HEALTH_STATES, type HealthReasonCode } from '#core/health/pair-health';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { rateProgramPairs } from '#server/use-cases/rate-program-pairs';

/** Every reason the core can give; the record makes the compiler list each one. */
const REASON_CODES: Readonly<Record<HealthReasonCode, true>> = {
  kickoff_overdue: true,
  no_recent_meetings: true,
  kickoff_pending: true,
  few_meetings_held: true,
  meetings_missed: true,
  low_pulse: true,
  open_concern: true,
  low_check_in: true,
};

const personRef = z.object({ id: z.string(), name: z.string() });

export const pairHealthSchema = z
  .object({
    summary: z.object({
      healthy: z.number(),
      at_risk: z.number(),
      inactive: z.number(),
      total: z.number(),
    }),
    items: z.array(
      z.object({
        pairId: z.string(),
        mentor: personRef,
        mentee: personRef,
        state: z.enum(HEALTH_STATES),
        reasons: z.array(
          z.object({
            code: z.enum(Object.keys(REASON_CODES) as [HealthReasonCode, ...HealthReasonCode[]]),
            message: z.string(),
          }),
        ),
        meetingsHeld: z.number(),
        meetingsPlanned: z.number(),
      }),
    ),
  })
  .meta({ id: 'PairHealth' });

/** HR's view of how a program's pairs are doing (docs/api/pairing.md, "Pair health"). */
export function pairHealthRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/programs/:id/pair-health',
    {
      schema: {
        tags: ['pairing'],
        summary: 'How each active or paused pair is doing (healthy, at risk, inactive) and why, worst first',
        params: idParamsSchema,
        response: { 200: pairHealthSchema, ...errorResponses },
      },
      config: { permission: 'pairing.manage' },
    },
    async (request) =>
      unwrap(await rateProgramPairs(db, callerOf(request).orgId, request.params.id, deps.now())),
  );
}
