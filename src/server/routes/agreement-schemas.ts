import { z } from 'zod';
import { meetingScheduleSchema } from '#core/calendar/meeting-schedule';
import { PHASES } from '#core/programs/program-phase';

/** Shapes of the workspace, the kickoff agreement and calendars (docs/api/workspace.md). */

const line = (what: string, max: number) =>
  z
    .string({ error: `Write the ${what} as text.` })
    .trim()
    .min(1, `Remove the empty ${what} or write something in it.`)
    .max(max, `Keep each ${what} under ${max} characters.`);

const objectives = z
  .array(line('objective', 500), { error: 'Give a list of objectives.' })
  .max(20, 'At most 20 objectives per side.');

export const meetingScheduleBody = meetingScheduleSchema.meta({ id: 'MeetingSchedule' });

export const agreementBody = z.object({
  version: z.number({ error: 'Send the version you edited.' }).int().min(1),
  groundRules: z
    .array(line('ground rule', 500), { error: 'Give a list of ground rules.' })
    .max(30, 'At most 30 ground rules.'),
  schedule: meetingScheduleBody,
  mentorObjectives: objectives,
  menteeObjectives: objectives,
});
export type AgreementBody = z.output<typeof agreementBody>;

export const acceptBody = z.object({
  version: z.number({ error: 'Send the version you accept.' }).int().min(1),
});

export const agreementSchema = z
  .object({
    version: z.number().int(),
    groundRules: z.array(z.string()),
    schedule: meetingScheduleBody,
    mentorObjectives: z.array(z.string()),
    menteeObjectives: z.array(z.string()),
    mentorAcceptedAt: z.string().nullable(),
    menteeAcceptedAt: z.string().nullable(),
    agreedAt: z.string().nullable(),
    status: z.enum(['draft', 'waiting_for_partner', 'agreed']),
    updatedAt: z.string(),
  })
  .meta({ id: 'Agreement' });

export const workspaceSchema = z
  .object({
    pair: z.object({
      id: z.string(),
      status: z.enum(['active', 'paused', 'ended']),
      role: z.enum(['mentor', 'mentee']),
      startedAt: z.string(),
    }),
    partner: z.object({
      name: z.string(),
      title: z.string(),
      department: z.string(),
      location: z.string(),
      timeZone: z.string(),
    }),
    me: z.object({ timeZone: z.string() }),
    program: z.object({
      id: z.string(),
      name: z.string(),
      phase: z.enum(PHASES),
      startDate: z.string(),
      endDate: z.string(),
      topicPlan: z.array(z.object({ title: z.string(), guide: z.string() })),
      resources: z.array(z.object({ title: z.string(), url: z.string(), description: z.string() })),
    }),
    agreement: agreementSchema,
    skills: z.object({ mentorCanTeach: z.array(z.string()), menteeCanTeach: z.array(z.string()) }),
    counts: z.object({ held: z.number().int(), planned: z.number().int(), missed: z.number().int() }),
  })
  .meta({ id: 'Workspace' });

export const moveBody = z.object({
  startsAt: z.iso.datetime({ offset: true, error: 'Give the new start as a date and time.' }),
});

export const cancelBody = z.object({
  reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional(),
});

/** The new schedule starts on `fromDate`, whatever `startsOn` says (so it may be left out). */
export const cadenceBody = z.object({
  fromDate: z.iso.date({ error: 'Enter a date like 2026-03-31.' }),
  schedule: meetingScheduleSchema.extend({ startsOn: meetingScheduleSchema.shape.startsOn.optional() }),
});

export const calendarFeedSchema = z
  .object({ url: z.string().nullable(), createdAt: z.string().nullable() })
  .meta({ id: 'CalendarFeed' });
