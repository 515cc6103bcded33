import { z } from 'zod';
import { criteria } from './criteria';
import { type MeetingMode, meetingModes } from './meeting-modes';
import { isTimeZone } from './time-zones';

/**
 * The cohort file: everything the matcher needs, as plain data. The shapes follow the database
 * enrollments (one participant per enrollment) so the pairing workflow can map rows straight in.
 */
const personId = z.string().min(1).describe('Employee id, unique in the organisation');
const hhmm = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a time HH:MM')
  .describe('Local time HH:MM (24:00 allowed as an end)');

export { type MeetingMode, meetingModes };
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const programTypes = ['reverse', 'traditional', 'peer', 'group'] as const;

export const skillSchema = z.object({
  skill: z.string().trim().min(1).describe('Skill or topic, compared case-insensitively'),
  level: z
    .number()
    .int()
    .min(1)
    .max(5)
    .default(3)
    .describe('1–5. Offered: how well the person knows it. Wanted: the level the person has today.'),
});

export const slotSchema = z
  .object({ day: z.enum(weekdays), from: hhmm, to: hhmm })
  .refine((slot) => slot.from < slot.to, { message: 'a slot must end after it starts', path: ['to'] })
  .describe("A weekly free slot in the person's own time zone");

export const participantSchema = z.object({
  id: personId,
  name: z.string().optional(),
  side: z.enum(['mentor', 'mentee']).describe('In reverse mentoring the junior is the mentor'),
  level: z.number().describe('Job level; higher is more senior'),
  department: z.string().min(1),
  function: z.string().optional(),
  location: z.string().optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, 'unknown IANA time zone')
    .describe('IANA time zone, e.g. Europe/Paris'),
  generation: z.string().optional().describe('e.g. gen-z, millennial, gen-x, boomer'),
  managerId: personId.nullable().optional(),
  skillsOffered: z.array(skillSchema).default([]),
  skillsWanted: z.array(skillSchema).default([]),
  availability: z.array(slotSchema).default([]),
  meetingModes: z.array(z.enum(meetingModes)).min(1).default(['video']),
  languages: z.array(z.string().trim().min(1)).default([]),
  background: z
    .record(z.string(), z.string())
    .default({})
    .describe('Background attributes; used only when consentsToBackgroundMatching is true'),
  consentsToBackgroundMatching: z.boolean().default(false),
  wouldLike: z.array(personId).default([]).describe('Ids of people this person asked to be paired with'),
  pleaseNot: z.array(personId).default([]).describe('Ids of people this person asked not to be paired with'),
  capacity: z.number().int().min(0).optional().describe('Mentees this mentor can take (default: rules)'),
});

const pairRef = z.object({ mentorId: personId, menteeId: personId, note: z.string().optional() });

const weightsShape = Object.fromEntries(
  criteria.map((criterion) => [criterion.id, z.number().min(0).optional().describe(criterion.label)]),
);

export const cohortSchema = z.object({
  $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors'),
  program: z.object({
    name: z.string().min(1),
    type: z.enum(programTypes).default('reverse'),
    seniorityGap: z.number().min(0).default(1).describe('Levels the mentor must be below (reverse) or above'),
    referenceWeek: z.iso
      .date()
      .default('2026-01-05')
      .describe('A date in the week used to convert availability between time zones'),
    meetingMinutes: z.number().int().min(1).default(60),
  }),
  rules: z
    .object({
      notSameDepartment: z.boolean().default(false),
      defaultCapacity: z.number().int().min(0).default(1),
      maxConcurrentMentees: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe('Anti-tokenisation cap: most mentees a junior mentor carries across concurrent programs'),
      juniorLevelMax: z.number().optional().describe('Mentors at or below this level count as junior'),
      allowRepeatPairs: z.boolean().default(false),
      honourPleaseNot: z.boolean().default(true),
      minimumScore: z.number().min(0).max(100).default(0),
      objective: z.enum(['most-pairs', 'highest-total']).default('most-pairs'),
    })
    .prefault({}),
  weights: z.strictObject(weightsShape).prefault({}),
  perspective: z
    .object({
      department: z.number().min(0).default(1),
      function: z.number().min(0).default(1),
      location: z.number().min(0).default(1),
      generation: z.number().min(0).default(1),
      background: z.number().min(0).default(1),
    })
    .prefault({})
    .describe('Weight of each dimension of difference in the perspective criterion'),
  participants: z.array(participantSchema),
  orgChart: z
    .array(z.object({ id: personId, managerId: personId.nullable().optional(), name: z.string().optional() }))
    .default([])
    .describe('Manager links of people who are not participants, to complete reporting lines'),
  history: z.array(pairRef.extend({ cohort: z.string().optional() })).default([]),
  pins: z.array(pairRef).default([]).describe('HR pins: pairs that must be made'),
  blocks: z.array(pairRef).default([]).describe('HR blocks: pairs that must never be made'),
  concurrentLoad: z
    .array(z.object({ personId, mentees: z.number().int().min(0) }))
    .default([])
    .describe('Mentees each person already mentors in other running programs'),
});

export type Cohort = z.output<typeof cohortSchema>;
export type CohortInput = z.input<typeof cohortSchema>;
export type Participant = z.output<typeof participantSchema>;
export type Skill = z.output<typeof skillSchema>;
export type Slot = z.output<typeof slotSchema>;
export type PairRef = z.output<typeof pairRef>;
