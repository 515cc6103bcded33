import { z } from 'zod';
import { FUNNEL_STAGES } from '#core/impact/participation-funnel';
import { objectiveSchema } from '#core/programs/program-settings';
import { PHASES } from '#core/programs/program-phase';
import { bySide, changeAggregateSchema, figure } from '#server/routes/survey-schemas';

/** The shape of a program's impact report (docs/api/impact.md). Every figure is shown or hidden with why. */

const split = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ overall: figure(shape), bySide: bySide(shape) });

/** One stage of the participation funnel: people who reached it, for everyone and per side. */
export const funnelStageSchema = z.object({
  stage: z.enum(FUNNEL_STAGES),
  ...split({ people: z.number() }).shape,
});
const stage = funnelStageSchema;

const learnedBy = z.object({
  learners: figure({ learners: z.number() }),
  skills: z.array(z.object({ skill: z.string(), lessons: z.number(), learners: z.number() })),
});

const retention = {
  people: z.number(),
  left: z.number(),
  horizons: z.array(
    z.object({
      months: z.number(),
      day: z.number(),
      stillEmployed: z.number().nullable(),
      percent: z.number().nullable(),
      survival: z.number().nullable(),
      standardError: z.number().nullable(),
      atRisk: z.number(),
    }),
  ),
};

/** The curve to draw for everyone in a group: survival once a month from the start (never a step). */
const monthly = z.array(
  z.object({ month: z.number(), date: z.string(), day: z.number(), survival: z.number().nullable() }),
);
const retentionGroup = z.object({
  overall: figure({ ...retention, monthly }),
  bySide: bySide(retention),
});

export const programImpactSchema = z
  .object({
    program: z.object({
      id: z.string(),
      name: z.string(),
      phase: z.enum(PHASES),
      startDate: z.string(),
      endDate: z.string(),
    }),
    audience: z.enum(['hr', 'sponsor']),
    minGroupSize: z.number(),
    asOf: z.string(),
    funnel: z.object({
      now: z.array(stage),
      byMonth: z.array(z.object({ start: z.string(), end: z.string(), stages: z.array(stage) })),
    }),
    engagement: z.object({
      meetings: figure({ pairs: z.number(), planned: z.number(), held: z.number(), heldPercent: z.number() }),
      pulse: split({ raters: z.number(), ratings: z.number(), mean: z.number() }),
      agreements: figure({ pairs: z.number(), agreed: z.number(), agreedPercent: z.number() }),
      goals: split({
        people: z.number(),
        goals: z.number(),
        completed: z.number(),
        completedPercent: z.number(),
      }),
    }),
    learning: z.object({ learnedBy: z.object({ mentee: learnedBy, mentor: learnedBy }) }),
    changes: z.array(changeAggregateSchema),
    retention: z.object({ participants: retentionGroup, comparison: retentionGroup }),
    objectives: z.array(
      z.object({
        text: z.string(),
        metric: z.string(),
        comparator: objectiveSchema.shape.comparator.unwrap(),
        target: z.number(),
        unit: objectiveSchema.shape.unit.unwrap(),
        status: z.enum(['met', 'not_met', 'not_measurable_yet', 'hidden']),
        value: z.number().nullable(),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'ProgramImpact' });

const count = { people: z.number() };
/** Diversity of participation: per sensitive choice question, its respondents and each option's count. */
export const programDiversitySchema = z
  .object({
    program: z.object({ id: z.string(), name: z.string() }),
    audience: z.enum(['hr', 'sponsor']),
    minGroupSize: z.number(),
    questions: z.array(
      z.object({
        questionId: z.string(),
        label: z.string(),
        respondents: z.object({ overall: figure(count), bySide: bySide(count) }),
        options: z.array(z.object({ option: z.string(), overall: figure(count), bySide: bySide(count) })),
      }),
    ),
  })
  .meta({ id: 'ProgramDiversity' });
