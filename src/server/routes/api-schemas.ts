import { z } from 'zod';
import { ROLES } from '#core/access/roles';

/** Schemas shared by several routes; each route file keeps its own. */

export const roleSchema = z.enum(ROLES);

export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }));

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z
        .array(
          z.object({
            code: z.string(),
            path: z.array(z.union([z.string(), z.number()])),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'Error' });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const meSchema = z
  .object({
    account: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    org: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    roles: z.array(roleSchema),
    person: z
      .object({
        id: z.string(),
        name: z.string(),
        title: z.string(),
        department: z.string(),
        level: z.number().nullable(),
        timeZone: z.string(),
      })
      .nullable(),
    orgs: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
    csrfToken: z.string(),
    mailMode: z.enum(['outbox', 'smtp']),
  })
  .meta({ id: 'Me' });

/** The usual error answers, documented once. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  410: errorBodySchema,
  429: errorBodySchema,
} as const;

export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** Request metadata a use-case records (audit) or stores (sessions). */
export function originOf(request: { ip: string; headers: Record<string, string | string[] | undefined> }) {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua : '' };
}
