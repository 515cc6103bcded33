import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { registerAuthentication } from '#server/auth/authenticate';
import { registerCsrfProtection } from '#server/auth/csrf';
import { registerErrorHandler } from '#server/error-handler';
import { HttpError } from '#server/http-error';
import { registerUnstorableTextRefusal } from '#server/refuse-unstorable-text';
import { registerRouteRegistry } from '#server/route-registry';
import { serializerCompiler } from '#server/response-serializer';
import { registerSecurityHeaders } from '#server/security-headers';
import { adminRoutes } from '#server/routes/admin-routes';
import { applicationRoutes } from '#server/routes/application-routes';
import { authRoutes } from '#server/routes/auth-routes';
import { enrollmentRoutes } from '#server/routes/enrollment-routes';
import { healthRoutes, VERSION } from '#server/routes/health-routes';
import { invitationRoutes } from '#server/routes/invitation-routes';
import { nominationRoutes } from '#server/routes/nomination-routes';
import { peopleImportRoutes } from '#server/routes/people-import-routes';
import { peopleRoutes } from '#server/routes/people-routes';
import { personWriteRoutes } from '#server/routes/person-write-routes';
import { erasureRoutes } from '#server/routes/erasure-routes';
import { programRoutes } from '#server/routes/program-routes';
import { directoryRoutes } from '#server/routes/directory-routes';
import { myPairsRoutes } from '#server/routes/my-pairs-routes';
import { pairingRoutes } from '#server/routes/pairing-routes';
import { pairHealthRoutes } from '#server/routes/pair-health-routes';
import { workspaceRoutes } from '#server/routes/workspace-routes';
import { agreementRoutes } from '#server/routes/agreement-routes';
import { meetingScheduleRoutes } from '#server/routes/meeting-schedule-routes';
import { calendarRoutes } from '#server/routes/calendar-routes';
import { meetingRoutes } from '#server/routes/meeting-routes';
import { goalRoutes } from '#server/routes/goal-routes';
import { concernRoutes } from '#server/routes/concern-routes';
import { surveyRoutes } from '#server/routes/survey-routes';
import { checkInRoutes } from '#server/routes/check-in-routes';
import { notificationRoutes } from '#server/routes/notification-routes';
import { myDataRoutes } from '#server/routes/my-data-routes';
import { midpointReviewRoutes } from '#server/routes/midpoint-review-routes';
import { diversityRoutes } from '#server/routes/diversity-routes';
import { impactRoutes } from '#server/routes/impact-routes';
import { impactReportRoutes } from '#server/routes/impact-report-routes';
import { impactMeasureRoutes } from '#server/routes/impact-measure-routes';
import { programsOverviewRoutes } from '#server/routes/programs-overview-routes';
import { sponsorRoutes } from '#server/routes/sponsor-routes';
import { certificateRoutes } from '#server/routes/certificate-routes';
import { nextCohortRoutes } from '#server/routes/next-cohort-routes';
import { continuationRoutes } from '#server/routes/continuation-routes';
import { WEB_NOT_BUILT_PAGE, webAssetsDir } from '#server/web-assets';

/** Messages a person can act on for the commonest validation failures. */
z.config({
  customError: (iss) => {
    if (iss.input === undefined) return 'This field is required.';
    if (iss.code === 'invalid_type') return `Expected ${iss.expected}.`;
    return undefined;
  },
});

/** Secrets never reach the log. */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'token',
  '*.token',
];

export type AppOptions = {
  readonly logger?: boolean;
  /** Where JSON log lines go (default stdout); tests read them to prove secrets stay out. */
  readonly logStream?: { write: (line: string) => void };
};

/** The whole HTTP service; tests drive it with `app.inject()`, `serve` listens on a port. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: deps.env.logLevel,
            redact: { paths: REDACT, censor: '[redacted]' },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    trustProxy: deps.env.trustProxy,
    bodyLimit: 1024 * 1024,
    // Refused before routing (a malformed %-escape, an over-long path parameter): the one error shape too.
    frameworkErrors: (error, _request, reply) => {
      const http = new HttpError('bad_request', 'This address is not valid.', { cause: error });
      (reply as FastifyReply).status(http.status).send(http.toBody());
    },
  }).withTypeProvider<ZodTypeProvider>();
  registerRouteRegistry(app);
  app.removeContentTypeParser('text/plain'); // the API speaks JSON only
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: deps.env.publicUrl.startsWith('https://'),
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        'rate_limited',
        `Too many attempts. Wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`,
      ),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Counterpart API',
        version: VERSION,
        description: 'Reverse mentoring programs, end to end.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cp_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandler(app, serveSpa);
  registerAuthentication(app, deps);
  registerCsrfProtection(app, deps.env);
  registerUnstorableTextRefusal(app);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, deps);
  authRoutes(app, deps);
  invitationRoutes(app, deps);
  peopleRoutes(app, deps);
  peopleImportRoutes(app, deps);
  personWriteRoutes(app, deps);
  erasureRoutes(app, deps);
  adminRoutes(app, deps);
  programRoutes(app, deps);
  directoryRoutes(app, deps);
  enrollmentRoutes(app, deps);
  nominationRoutes(app, deps);
  applicationRoutes(app, deps);
  pairingRoutes(app, deps);
  pairHealthRoutes(app, deps);
  myPairsRoutes(app, deps);
  workspaceRoutes(app, deps);
  agreementRoutes(app, deps);
  meetingScheduleRoutes(app, deps);
  calendarRoutes(app, deps);
  meetingRoutes(app, deps);
  goalRoutes(app, deps);
  concernRoutes(app, deps);
  surveyRoutes(app, deps);
  checkInRoutes(app, deps);
  notificationRoutes(app, deps);
  myDataRoutes(app, deps);
  midpointReviewRoutes(app, deps);
  impactRoutes(app, deps);
  impactReportRoutes(app, deps);
  diversityRoutes(app, deps);
  impactMeasureRoutes(app, deps);
  programsOverviewRoutes(app, deps);
  sponsorRoutes(app, deps);
  certificateRoutes(app, deps);
  nextCohortRoutes(app, deps);
  continuationRoutes(app, deps);

  const webDir = webAssetsDir();
  if (webDir) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });

  function serveSpa(reply: import('fastify').FastifyReply) {
    if (!webDir) return reply.type('text/html').send(WEB_NOT_BUILT_PAGE);
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  }

  return app;
}
