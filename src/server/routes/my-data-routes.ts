import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { exportMyData } from '#server/use-cases/export-my-data';

const dataFileResponse = {
  200: z.string().describe('application/json: the export, as a file to save'),
  ...errorResponses,
};

/** Issue 9 (docs/api/personal-data.md): a person downloads everything held about them. */
export function myDataRoutes(app: Api, deps: AppDeps): void {
  app.get(
    '/api/my/data',
    {
      schema: {
        tags: ['personal data'],
        summary: 'Everything held about me in this organisation, as a JSON file',
        response: dataFileResponse,
      },
      config: { permission: 'personalData.own' },
    },
    async (request, reply) => {
      const file = unwrap(await exportMyData(deps, callerOf(request), { ip: request.ip }));
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
