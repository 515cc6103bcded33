import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from '#server/env';

/**
 * The session cookie: httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
 * posts), and Secure with the __Host- prefix when the public URL is https.
 */
export function sessionCookieName(env: Env): string {
  return isSecure(env) ? '__Host-cp_session' : 'cp_session';
}

export function readSessionCookie(request: FastifyRequest, env: Env): string | undefined {
  return request.cookies[sessionCookieName(env)] || undefined;
}

export function setSessionCookie(reply: FastifyReply, env: Env, token: string): void {
  reply.setCookie(sessionCookieName(env), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(env),
    path: '/',
    // The browser keeps the cookie for the absolute lifetime; the server ends idle sessions itself.
    maxAge: Math.round(env.sessionAbsoluteHours * 3600),
  });
}

export function clearSessionCookie(reply: FastifyReply, env: Env): void {
  reply.clearCookie(sessionCookieName(env), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(env),
  });
}

function isSecure(env: Env): boolean {
  return env.publicUrl.startsWith('https://');
}
