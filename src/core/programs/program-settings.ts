import { z } from 'zod';

/**
 * A program's settings beyond its name, type and dates: what HR writes when planning a cohort
 * (DOMAIN.md step 1). One schema serves the API, the database document and the UI's defaults.
 */
export const PROGRAM_TYPES = ['reverse', 'traditional', 'peer', 'group'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export const ENROLLMENT_MODES = ['open', 'invite', 'nominated'] as const;
export type EnrollmentMode = (typeof ENROLLMENT_MODES)[number];

const text = (max: number) => z.string().trim().max(max);

export const objectiveSchema = z.object({
  text: text(300).min(1, 'Describe the objective.'),
  metric: text(200).min(1, 'Name what is measured.'),
  comparator: z.enum(['>=', '<=']).default('>='),
  target: z.number({ error: 'Give a target number.' }).finite().min(0).max(1_000_000),
  unit: z.enum(['%', 'people', 'pairs', 'meetings', 'points']).default('%'),
  /**
   * The impact report's figure that shows this objective, by its measure key (`meetings_held`,
   * `improved:<question id>`, … in src/core/impact/impact-measures.ts); null when HR judges it.
   * `metric` stays HR's own words for what is measured.
   */
  measure: z.string().trim().min(1).max(100).nullable().default(null),
});

const levelRange = z
  .object({
    minLevel: z.number().int().min(0).max(20).nullable().default(null),
    maxLevel: z.number().int().min(0).max(20).nullable().default(null),
  })
  .refine((r) => r.minLevel === null || r.maxLevel === null || r.minLevel <= r.maxLevel, {
    message: 'The lowest level must not be above the highest.',
    path: ['maxLevel'],
  });

export const programSettingsSchema = z.object({
  purpose: text(2000).default(''),
  objectives: z.array(objectiveSchema).max(20).default([]),
  cadence: z
    .object({
      everyWeeks: z.number().int().min(1, 'At least every week.').max(8, 'At most every 8 weeks.').default(2),
      minutes: z.number().int().min(15, 'At least 15 minutes.').max(240, 'At most 4 hours.').default(60),
    })
    .prefault({}),
  enrollmentMode: z.enum(ENROLLMENT_MODES).default('invite'),
  eligibility: z.object({ mentor: levelRange.prefault({}), mentee: levelRange.prefault({}) }).prefault({}),
  mentorCapacity: z.number().int().min(1).max(10).default(1),
  /** Reverse: the mentor's level is at least this much below the mentee's (traditional: above). */
  seniorityGap: z.number().int().min(0).max(10).default(2),
  topicPlan: z
    .array(z.object({ title: text(200).min(1, 'Give the topic a title.'), guide: text(2000).default('') }))
    .max(40)
    .default([]),
  groundRules: z.array(text(500).min(1)).max(30).default([]),
  resources: z
    .array(
      z.object({
        title: text(200).min(1, 'Give the resource a title.'),
        url: z
          .url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' })
          .or(z.literal('')),
        description: text(1000).default(''),
      }),
    )
    .max(50)
    .default([]),
  /** HR's lessons learned: written any time (a closed program too), carried into the next cohort by a clone. */
  lessonsLearned: text(5000).default(''),
  /**
   * Never propose a mentor–mentee pair that was already paired in an earlier cohort (or any earlier
   * program); off, only this program's own ended pairs stay apart. Older documents read as on.
   */
  avoidRepeatPairs: z.boolean().default(true),
});

export type ProgramSettings = z.output<typeof programSettingsSchema>;

/**
 * The topic plan of stored settings, read on its own: a pair's meetings need nothing else, and
 * reading the whole settings on every workspace request cost more than the rest of describing them.
 * None when it cannot be read.
 */
export function topicPlanOf(settings: unknown): ProgramSettings['topicPlan'] {
  const plan =
    typeof settings === 'object' && settings !== null ? Reflect.get(settings, 'topicPlan') : undefined;
  return programSettingsSchema.shape.topicPlan.safeParse(plan).data ?? [];
}
export type ProgramSettingsInput = z.input<typeof programSettingsSchema>;
export type Objective = z.output<typeof objectiveSchema>;
