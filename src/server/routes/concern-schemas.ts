import { z } from 'zod';

/** The concerns API's shapes (docs/api/workspace.md): the participant's and HR's. */
export const concernSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    status: z.enum(['open', 'resolved']),
    createdAt: z.string(),
    resolvedAt: z.string().nullable(),
    program: z.object({ id: z.string(), name: z.string() }),
    messages: z.array(
      z.object({ fromHr: z.boolean(), author: z.string(), body: z.string(), createdAt: z.string() }),
    ),
  })
  .meta({ id: 'Concern' });

export const hrConcernSchema = concernSchema
  .extend({
    raisedBy: z.object({ name: z.string(), role: z.enum(['mentor', 'mentee']) }),
    partner: z.object({ name: z.string() }),
  })
  .meta({ id: 'HrConcern' });

const messageText = z
  .string({ error: 'Write your message.' })
  .trim()
  .min(1, 'Write your message.')
  .max(5000, 'Keep it under 5000 characters.');

export const raiseConcernBody = z.object({
  subject: z
    .string({ error: 'Give your concern a short subject.' })
    .trim()
    .min(1, 'Give your concern a short subject.')
    .max(200, 'Keep the subject under 200 characters.'),
  body: messageText,
});

export const concernMessageBody = z.object({ body: messageText });

export const concernStatusQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
});

export const concernParams = z.object({ concernId: z.string().min(1).max(100) });
