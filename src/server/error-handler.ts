import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { issue } from '#core/result';
import { type ErrorCode, HttpError } from '#server/http-error';

/** Fastify's own 4xx errors (bad JSON, wrong content type, body too large) in our shape and words. */
const FASTIFY_4XX: Readonly<Record<number, { code: ErrorCode; message: string }>> = {
  400: { code: 'bad_request', message: 'The request could not be read. Check that it is valid JSON.' },
  404: { code: 'not_found', message: 'Not found.' },
  413: { code: 'payload_too_large', message: 'The request is too large.' },
  415: { code: 'unsupported_media_type', message: 'Send the request as application/json.' },
  429: { code: 'rate_limited', message: 'Too many requests. Wait a minute and try again.' },
};

/** The one error handler: every failure leaves as `{ error: { code, message, issues? } }`. */
export function registerErrorHandler(
  app: FastifyInstance,
  serveSpa: (reply: FastifyReply) => FastifyReply,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const http = toHttpError(error);
    if (http.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: http.code, status: http.status }, http.message);
    return reply.status(http.status).send(http.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (isPage) return serveSpa(reply); // the single-page app routes every other path itself
    const http = new HttpError('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`);
    return reply.status(404).send(http.toBody());
  });
}

function toHttpError(error: FastifyError): HttpError {
  if (error instanceof HttpError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const issues = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      return issue(v.keyword, v.message ?? 'Invalid value.', path);
    });
    const message = where === 'body' ? 'Some fields need attention.' : `The request's ${where} is not valid.`;
    return new HttpError('validation', message, { issues, cause: error });
  }
  const status = error.statusCode ?? 500;
  const known = FASTIFY_4XX[status];
  if (known) return new HttpError(known.code, known.message, { cause: error });
  if (status >= 400 && status < 500)
    return new HttpError('bad_request', 'The request is not valid.', { cause: error });
  return new HttpError('internal', 'Something went wrong on our side. Please try again.', { cause: error });
}
