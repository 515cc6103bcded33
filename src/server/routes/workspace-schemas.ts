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
