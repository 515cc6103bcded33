import type { FastifyInstance } from 'fastify';
import type { Permission } from '#core/access/permissions';

/** One registered route as the access tests see it: method, path and the permission it declares. */
export type RegisteredRoute = {
  readonly method: string;
  readonly url: string;
  readonly permission: Permission | undefined;
  /** Whether the route validates a request body (writes without one act on the path alone). */
  readonly hasBody: boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered so far (HEAD twins of GET routes left out), in registration order. */
    registeredRoutes: () => readonly RegisteredRoute[];
  }
}

/**
 * Records every route as it is registered, so the access matrix (src/server/routes/access-matrix.test.ts)
 * is generated from what the server really serves rather than from a hand-kept list.
 * Must run before any route is added.
 */
export function registerRouteRegistry(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = route.config as { permission?: Permission } | undefined;
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        permission: config?.permission,
        hasBody: route.schema?.body !== undefined,
      });
    }
  });
  app.decorate('registeredRoutes', () => routes);
}
