import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import type { Api } from '#server/routes/route-types';
import { searchDirectory } from '#store/directory-store';

export function directoryRoutes(app: Api, deps: AppDeps): void {
  app.get(
    '/api/directory',
    {
      schema: {
        tags: ['people'],
        summary: 'Search colleagues by name, title or department (for nominating and inviting)',
        querystring: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                title: z.string(),
                department: z.string(),
                level: z.number().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'directory.read' },
    },
    async (request) => ({
      items: await searchDirectory(deps.database.db, callerOf(request).orgId, request.query),
    }),
  );
}
