import { z } from 'zod';
import { PHASES } from '#core/programs/program-phase';
import { pairHealthSchema } from '#server/routes/pair-health-routes';
import { programSurveySchema } from '#server/routes/survey-schemas';
import { REVIEW_DECISIONS } from '#store/pair-reviews-store';

/** The midpoint review's shapes (docs/api/check-ins.md, "Midpoint review"). */

const personRef = z.object({ id: z.string(), name: z.string() });

export const reviewPairSchema = pairHealthSchema.shape.items.element
  .extend({
    checkIn: z.object({ mentorAnswered: z.boolean(), menteeAnswered: z.boolean() }),
    openRepairRequests: z.number(),
    decision: z
      .object({
        decision: z.enum(REVIEW_DECISIONS),
        note: z.string(),
        decidedAt: z.string(),
        decidedBy: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'MidpointReviewPair' });

export const midpointReviewSchema = z.object({
  program: z.object({
    id: z.string(),
    name: z.string(),
    phase: z.enum(PHASES),
    startDate: z.string(),
    midpointDate: z.string(),
    endDate: z.string(),
  }),
  health: pairHealthSchema,
  pairs: z.array(reviewPairSchema),
  midpointSurvey: programSurveySchema.nullable(),
  repairRequests: z.array(
    z.object({
      id: z.string(),
      pairId: z.string(),
      requestedBy: personRef,
      reason: z.string(),
      createdAt: z.string(),
    }),
  ),
  resources: z.array(
    z.object({ index: z.number(), title: z.string(), url: z.string(), description: z.string() }),
  ),
});

/** With `repair`: where HR ends the pair and re-matches (the Matching tab, opened on the pair). */
export const decidedPairSchema = reviewPairSchema.extend({ next: z.string().optional() });

export const reviewPairParams = z.object({
  id: z.string().min(1).max(100),
  pairId: z.string().min(1).max(100),
});

export const pairReviewBody = z.object({
  decision: z.enum(REVIEW_DECISIONS, { error: 'Choose keep, send resources or re-pair.' }),
  note: z.string().trim().max(2000, 'Keep the note under 2000 characters.').optional(),
  resourceIndexes: z
    .array(z.number({ error: 'Choose resources from the program’s list.' }).int().min(0).max(1000))
    .max(50)
    .optional(),
});
