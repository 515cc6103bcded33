import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import type { Api } from '#server/routes/route-types';

export const VERSION = '0.1.0';

export function healthRoutes(app: Api, deps: AppDeps): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Whether the service and its database answer',
        response: {
          200: z.object({
            status: z.enum(['ok', 'degraded']),
            database: z.enum(['ok', 'down']),
            driver: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
          503: z.object({
            status: z.enum(['ok', 'degraded']),
            database: z.enum(['ok', 'down']),
            driver: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
      config: { rateLimit: false },
    },
    async (_request, reply) => {
      const up = await deps.database.ping();
      return reply.status(up ? 200 : 503).send({
        status: up ? 'ok' : 'degraded',
        database: up ? 'ok' : 'down',
        driver: deps.database.driver,
        version: VERSION,
      });
    },
  );
}
