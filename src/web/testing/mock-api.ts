import { vi } from 'vitest';

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  headers: Headers;
}

export interface MockResponse {
  status?: number;
  body?: unknown;
}

export type MockHandler = MockResponse | ((request: MockRequest) => MockResponse | Promise<MockResponse>);

/** Routes such as `'GET /api/people/:id'` answered with canned responses or functions. */
export type MockRoutes = Record<string, MockHandler>;

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = got[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

export function apiError(status: number, code: string, message: string, issues?: unknown[]): MockResponse {
  return { status, body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

/**
 * Replaces `fetch` with the given routes. Every request is recorded; an unmocked route answers 404 and is
 * listed in `unmatched` so a test can assert nothing unexpected was called.
 */
export function mockApi(routes: MockRoutes) {
  const calls: MockRequest[] = [];
  const unmatched: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const headers = new Headers(init.headers);
    for (const [key, handler] of Object.entries(routes)) {
      const [routeMethod, routePath = ''] = key.split(' ');
      const params = routeMethod === method ? match(routePath, url.pathname) : null;
      if (!params) continue;
      const request: MockRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        params,
        body,
        headers,
      };
      calls.push(request);
      const response = typeof handler === 'function' ? await handler(request) : handler;
      const status = response.status ?? 200;
      const text = response.body === undefined ? null : JSON.stringify(response.body);
      return new Response(status === 204 ? null : text, {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }
    unmatched.push(`${method} ${url.pathname}`);
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not mocked' } }), {
      status: 404,
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    unmatched,
    /** The recorded requests for one route key, e.g. `'POST /api/auth/login'`. */
    callsTo(key: string): MockRequest[] {
      const [method, pattern = ''] = key.split(' ');
      return calls.filter((call) => call.method === method && match(pattern, call.path) !== null);
    },
  };
}
