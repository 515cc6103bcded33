import { z } from 'zod';
import { type CertificateFacts, certificateLines } from '#core/impact/certificate-lines';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { certificatePdf } from '#server/reports/certificate-pdf';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { describeCertificate } from '#server/use-cases/describe-certificate';

/** Words as an ASCII file-name part: accents dropped, anything else a dash, e.g. `zoe-lindqvist`. */
function slug(words: string, fallback: string): string {
  const ascii = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return ascii || fallback;
}

/** e.g. `certificate-reverse-2026-mia-mentor.pdf`. */
function fileName(facts: CertificateFacts): string {
  return `certificate-${slug(facts.program.name, 'program')}-${slug(facts.personName, 'participant')}.pdf`;
}

/** A participant's certificate of participation in a program they completed (docs/api/certificates.md). */
export function certificateRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/my/programs/:id/certificate.pdf',
    {
      schema: {
        tags: ['applications'],
        summary: 'My certificate of participation (PDF) in a closed program I completed; not found otherwise',
        params: idParamsSchema,
        response: { 200: z.instanceof(Buffer).describe('application/pdf'), ...errorResponses },
      },
      config: { permission: 'applications.own' },
    },
    async (request, reply) => {
      const facts = unwrap(await describeCertificate(db, callerOf(request), request.params.id));
      const pdf = await certificatePdf(certificateLines(facts));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(facts)}"`)
        .send(pdf);
    },
  );
}
