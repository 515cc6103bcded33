import { z } from 'zod';

/** Shapes of the pair workspace's meetings and goals (docs/api/workspace.md). */

export const sideSchema = z.enum(['mentor', 'mentee']);

export const topicSchema = z
  .object({
    title: z.string(),
    guide: z.string(),
    source: z.enum(['plan', 'custom']),
    planIndex: z.number().int().nullable(),
  })
  .meta({ id: 'Topic' });

export const meetingSchema = z
  .object({
    id: z.string(),
    /** 1-based among the pair's non-cancelled meetings; 0 for a cancelled one. */
    number: z.number().int().min(0),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    status: z.enum(['scheduled', 'cancelled', 'held', 'missed']),
    moved: z.boolean(),
    isKickoff: z.boolean(),
    mode: z.enum(['video', 'in_person', 'phone']),
    place: z.string(),
    videoUrl: z.string(),
    topic: topicSchema.nullable(),
    log: z
      .object({
        loggedBy: z.string(),
        loggedAt: z.string(),
        sharedNotes: z.string(),
        taught: z.object({ mentor: z.array(z.string()), mentee: z.array(z.string()) }),
      })
      .nullable(),
    myPulse: z.number().int().min(1).max(5).nullable(),
    myPrivateNote: z.string().nullable(),
  })
  .meta({ id: 'Meeting' });

export const meetingListSchema = z.object({ items: z.array(meetingSchema) });

export const meetingParamsSchema = z.object({
  pairId: z.string().min(1).max(100),
  meetingId: z.string().min(1).max(100),
});

export const pairParamsSchema = z.object({ pairId: z.string().min(1).max(100) });

const skillName = z
  .string({ error: 'Enter a skill.' })
  .trim()
  .min(1, 'Enter a skill, or remove the empty one.')
  .max(80, 'Keep a skill to 80 characters.');

export const topicBody = z.object({
  planIndex: z.number({ error: 'Choose a topic of the plan.' }).int().min(0).nullable(),
  customTitle: z
    .string()
    .trim()
    .min(1, 'Give your topic a title.')
    .max(200, 'Keep the topic to 200 characters.')
    .nullable(),
});

export const meetingLogBody = z.object({
  status: z.enum(['held', 'missed'], { error: 'Say whether the meeting was held or missed.' }),
  sharedNotes: z.string().max(5000, 'Keep the shared notes to 5,000 characters.').default(''),
  taught: z.object({
    mentor: z.array(skillName).max(20, 'At most 20 skills per side.'),
    mentee: z.array(skillName).max(20, 'At most 20 skills per side.'),
  }),
  pulse: z
    .number({ error: 'Rate the meeting from 1 to 5.' })
    .int('Rate the meeting from 1 to 5.')
    .min(1, 'Rate the meeting from 1 to 5.')
    .max(5, 'Rate the meeting from 1 to 5.')
    .nullable(),
});

export const privateNoteBody = z.object({
  text: z
    .string({ error: 'Write a note, or leave it empty to delete it.' })
    .max(10000, 'Keep the note to 10,000 characters.'),
});

export const privateNoteSchema = z.object({ myPrivateNote: z.string().nullable() });

export const goalSchema = z
  .object({
    id: z.string(),
    side: sideSchema,
    title: z.string(),
    progress: z.number().int().min(0).max(100),
    completedAt: z.string().nullable(),
    createdAt: z.string(),
    updates: z.array(
      z.object({ progress: z.number().int(), note: z.string(), author: z.string(), createdAt: z.string() }),
    ),
  })
  .meta({ id: 'Goal' });

export const goalListSchema = z.object({ items: z.array(goalSchema) });

export const goalParamsSchema = z.object({
  pairId: z.string().min(1).max(100),
  goalId: z.string().min(1).max(100),
});

export const goalBody = z.object({
  side: z.enum(['mentor', 'mentee'], { error: 'Choose whose goal it is.' }),
  title: z
    .string({ error: 'Give the goal a title.' })
    .trim()
    .min(1, 'Give the goal a title.')
    .max(200, 'Keep the goal to 200 characters.'),
});

export const goalUpdateBody = z.object({
  progress: z
    .number({ error: 'Give the progress from 0 to 100.' })
    .int('Give the progress as a whole number.')
    .min(0, 'Progress is at least 0.')
    .max(100, 'Progress is at most 100.'),
  note: z.string().trim().max(2000, 'Keep the note to 2,000 characters.').default(''),
});
