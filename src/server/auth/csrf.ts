import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Env } from '#server/env';
import { HttpError } from '#server/http-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery defence for cookie-authenticated writes, checked before the body is read
 * (registered after authentication, so the caller is known):
 * - signed in: the request must carry the session's token in `x-csrf-token` (a cross-site form
 *   cannot set headers, and cannot read the token);
 * - not signed in (login, reset, invitation): the browser must say the request is same-origin.
 */
export function registerCsrfProtection(app: FastifyInstance, env: Env): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    if (!isSameOrigin(request, env)) {
      throw new HttpError('forbidden', 'This request came from another site and was refused.');
    }
    const caller = request.caller;
    if (!caller) return;
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !equal(sent, caller.csrfToken)) {
      throw new HttpError('forbidden', 'This page is out of date. Reload it and try again.');
    }
  });
}

function isSameOrigin(request: FastifyRequest, env: Env): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = request.headers.origin;
  if (!origin) return true; // non-browser clients (CLI, curl) send none and carry no ambient cookie risk
  const host = request.headers.host;
  return (
    origin === env.publicUrl ||
    (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
  );
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
