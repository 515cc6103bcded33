import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed } from '#core/access/permissions';
import type { RegisteredRoute } from '#server/route-registry';
import { fillPath, routeKey } from '#tests/fixtures/access-routes';
import {
  type AccessWorld,
  accessWorld,
  type CallerName,
  MEMBER_ROLES,
  type MemberName,
} from '#tests/fixtures/access-world';
import { answerProblem } from '#tests/fixtures/documented-error';
import {
  acceptedValueOf,
  type Components,
  deref,
  garbageId,
  type JsonSchema,
  jsonPayloadOf,
  queryValueOf,
  type RawBody,
  rawBody,
} from '#tests/fixtures/openapi-arbitraries';

/**
 * Hostile input on every JSON route (issue 9), generated from the route's own OpenAPI schema: valid,
 * boundary and invalid bodies, unreadable or mislabelled bodies, garbage query strings, and garbage
 * path ids, sent by a caller who is allowed to call the route. Every answer is below 500 and every
 * 4xx is the documented error shape; a garbage id answers 400 or 404.
 *
 * Deterministic: seed FUZZ_SEED (default below), FUZZ_RUNS generated requests per route.
 * `FUZZ_RUNS=1000 npx vitest run src/server/routes/route-fuzz.test.ts` digs deeper.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/** Time for one property over every route: about 2 s per run on a busy 2-core machine, with room to spare. */
const FUZZ_TIMEOUT = 60_000 + RUNS * 5_000;

type Operation = {
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema: JsonSchema }>> };
  readonly parameters?: readonly {
    readonly in: string;
    readonly name: string;
    readonly schema: JsonSchema;
  }[];
};
type OpenApi = {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Components };
};

type Target = {
  readonly route: RegisteredRoute;
  readonly key: string;
  readonly caller: CallerName;
  /** The route's URL with real ids of tenant A in its path. */
  readonly url: string;
  readonly body: JsonSchema | undefined;
  readonly query: readonly { readonly name: string; readonly schema: JsonSchema }[];
  readonly pathParams: readonly string[];
};

/** Routes whose valid calls change what the others act on (end the pair, erase a person): fuzzed last. */
const DISRUPTIVE = [
  'POST /api/pairs/:pairId/end',
  'POST /api/programs/:id/transitions',
  'PUT /api/admin/members/:id/roles',
  'POST /api/people/:id/erase',
  'POST /api/auth/switch-org',
];

/**
 * Not JSON routes: a calendar app fetches the feed, and an unknown feed answers a plain-text 404
 * (calendar-routes.ts) that the route documents no error shape for. Still never a 500.
 */
const PLAIN_TEXT_404 = ['GET /calendar/:feedId/:file'];

/** Objects only some members may touch (access-matrix.test.ts OWNERSHIP): fuzzed as their owner. */
const OWNER: readonly { readonly prefix: string; readonly caller: CallerName }[] = [
  { prefix: '/api/my/pairs/', caller: 'mentor' },
  { prefix: '/api/my/check-ins/', caller: 'mentee' },
  { prefix: '/api/my/concerns/', caller: 'mentee' },
  { prefix: '/api/my/programs/', caller: 'mentor' },
];

/** Who may call a route: its owner, else the first role holding its permission; nobody for public routes. */
const PREFERRED: readonly MemberName[] = ['program_manager', 'org_admin', 'erg_lead', 'sponsor', 'mentor'];

function callerFor(route: RegisteredRoute): CallerName {
  const permission = route.permission;
  if (permission === undefined) return 'anonymous';
  const owner = OWNER.find((o) => route.url.startsWith(o.prefix));
  if (owner) return owner.caller;
  const allowed = PREFERRED.find((c) => isAllowed(permission, MEMBER_ROLES[c]));
  if (!allowed) throw new Error(`no member of the access world may call ${routeKey(route)}`);
  return allowed;
}

let world: AccessWorld;
let doc: OpenApi;
let targets: readonly Target[];

beforeAll(async () => {
  world = await accessWorld();
  doc = world.t.app.swagger() as unknown as OpenApi;
  targets = world.t.app
    .registeredRoutes()
    .filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/calendar/'))
    .flatMap((route) => targetOf(route) ?? [])
    .sort((x, y) => DISRUPTIVE.indexOf(x.key) - DISRUPTIVE.indexOf(y.key));
}, 120_000);
afterAll(async () => {
  await world?.t.close();
});

function targetOf(route: RegisteredRoute): Target | undefined {
  const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
  const operation = doc.paths[openApiPath]?.[route.method.toLowerCase()];
  if (!operation) return undefined;
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content?.['application/json']?.schema;
  const query = parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema }));
  const pathParams = parameters.filter((p) => p.in === 'path').map((p) => p.name);
  if (!body && query.length === 0 && pathParams.length === 0) return undefined;
  if (route.url === '/api/people/import') return undefined; // a CSV upload: upload-fuzz.test.ts
  const url = urlOf(route);
  return { route, key: routeKey(route), caller: callerFor(route), url, body, query, pathParams };
}

/** The route's path with tenant A's ids; a public route's secret (invitation token, feed id) is one nobody has. */
function urlOf(route: RegisteredRoute): string {
  if (route.permission === undefined) return route.url.replace(/:(\w+)/g, (_m, name) => `unknown-${name}`);
  const filled = fillPath(route, world.a.ids);
  if ('missing' in filled) throw new Error(`${routeKey(route)}: no id for ${filled.missing.join(', ')}`);
  return filled.url.split('?')[0]!;
}

type Sent = {
  readonly json?: unknown;
  readonly raw?: RawBody;
  readonly query: Record<string, string | string[]>;
};

function requestsFor(target: Target): fc.Arbitrary<Sent> {
  const components = doc.components.schemas;
  const query = fc.record(
    Object.fromEntries(target.query.map((q) => [q.name, queryValueOf(q.schema, components)])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string | string[]>>;
  if (!target.body) return query.map((q) => ({ query: q }));
  const body = fc.oneof(
    { arbitrary: jsonPayloadOf(target.body, components).map((p) => ({ json: p.value })), weight: 4 },
    { arbitrary: rawBody.map((raw) => ({ raw })), weight: 1 },
  );
  return fc.tuple(body, query).map(([b, q]) => ({ ...b, query: q }));
}

/** Percent-encodes like encodeURIComponent, and a lone surrogate as the UTF-8 of U+FFFD (as a browser does). */
function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      byte < 0x80 && /[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** An id sent as is (not encoded) must stay one path segment: no `/`, `?` or `#`. */
const staysOneSegment = (id: string) => !/[/?#]/.test(id);

function queryString(query: Record<string, string | string[]>): string {
  const parts = Object.entries(query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => `${encode(name)}=${encode(v)}`),
  );
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function send(target: Target, url: string, sent: Omit<Sent, 'query'>): Promise<LightMyRequestResponse> {
  const method = target.route.method as NonNullable<InjectOptions['method']>;
  const options: InjectOptions = { method, url };
  if (sent.json !== undefined) {
    options.payload = JSON.stringify(sent.json);
    options.headers = { 'content-type': 'application/json' };
  } else if (sent.raw) {
    options.payload = Buffer.from(sent.raw.body);
    if (sent.raw.contentType) options.headers = { 'content-type': sent.raw.contentType };
  }
  const session = world.session(target.caller);
  return session ? session.inject(options) : world.t.app.inject(options);
}

/** Runs a property for every target, collecting fast-check's report (seed and counterexample) per route. */
async function failuresOf<T>(
  selected: readonly Target[],
  property: (target: Target) => fc.IAsyncProperty<[T]>,
): Promise<string[]> {
  const failures: string[] = [];
  for (const target of selected) {
    const details = await fc.check(property(target), { seed: SEED, numRuns: RUNS, endOnFailure: true });
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : '';
      failures.push(`${target.key} as ${target.caller}: ${cause}\n${fc.defaultReportMessage(details)}`);
    }
  }
  return failures;
}

/** What the fuzz found (issue 9), each a 500 or an answer outside the error shape before its fix. */
describe('regressions found by the fuzz', () => {
  const as = (caller: CallerName, options: InjectOptions) => world.session(caller)!.inject(options);

  it('refuses a NUL character in a query string with 400, not 500 (PostgreSQL text cannot hold it)', async () => {
    for (const url of ['/api/skills?q=%00', `/api/match-runs/${world.a.ids.runId}/diff?against=a%00b`]) {
      const response = await as('program_manager', { method: 'GET', url });
      expect(answerProblem(response), url).toBeUndefined();
      expect(response.statusCode, url).toBe(400);
    }
  });

  it('refuses a NUL character in a body, a key or a path id with 400 before anything is written', async () => {
    const before = (await as('program_manager', { method: 'GET', url: '/api/people?limit=1' })).json().total;
    const created = await as('program_manager', {
      method: 'POST',
      url: '/api/people',
      payload: { email: 'nul@alpha.example', name: 'Nul\u0000Person' },
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.issues).toEqual([expect.objectContaining({ path: ['name'] })]);
    const keyed = await as('mentee', {
      method: 'PUT',
      url: `/api/my/check-ins/${world.a.ids.checkInId}`,
      payload: { answers: { 'midpoint\u0000going': 4 } },
    });
    expect(keyed.statusCode).toBe(400);
    const path = await as('program_manager', { method: 'GET', url: '/api/programs/%00' });
    expect(path.statusCode).toBe(400);
    for (const response of [created, keyed, path]) expect(answerProblem(response)).toBeUndefined();
    expect((await as('program_manager', { method: 'GET', url: '/api/people?limit=1' })).json().total).toBe(
      before,
    );
  });

  it('refuses a lone UTF-16 surrogate with 400, not 500 (PostgreSQL jsonb cannot hold it)', async () => {
    const response = await as('program_manager', {
      method: 'PUT',
      url: `/api/programs/${world.a.ids.programId}/lessons-learned`,
      payload: { lessonsLearned: 'Lesson \uDFFF\uD800' },
    });
    expect(answerProblem(response)).toBeUndefined();
    expect(response.statusCode).toBe(400);
  });

  it('refuses program dates PostgreSQL cannot store (year 0000, 9999 plus a program) with 400, not 500', async () => {
    const program = `/api/programs/${world.a.ids.spareProgramId}`;
    const dates = { startDate: '0000-01-01', midpointDate: '2090-01-01', endDate: '2090-08-30' };
    const updated = await as('program_manager', {
      method: 'PUT',
      url: program,
      payload: { name: 'Spare', type: 'reverse', sponsorPersonId: null, ...dates, settings: {} },
    });
    const cloned = await as('program_manager', {
      method: 'POST',
      url: `${program}/clone`,
      payload: { name: 'Far future', startDate: '9999-12-31' },
    });
    for (const response of [updated, cloned]) {
      expect(answerProblem(response)).toBeUndefined();
      expect(response.statusCode).toBe(400);
    }
  });

  it('answers a malformed %-escape or an over-long id in the path in the error shape', async () => {
    for (const url of ['/api/programs/%', '/api/programs/%E0%A4%A', `/api/programs/${'x'.repeat(5_000)}`]) {
      const response = await as('program_manager', { method: 'GET', url });
      expect(answerProblem(response), url).toBeUndefined();
      expect(response.statusCode, url).toBe(400);
    }
  });
});

describe('hostile input on every JSON route', () => {
  it('finds the routes to fuzz and an allowed caller for each', () => {
    expect(targets.length).toBeGreaterThan(80);
    expect(targets.filter((t) => t.body).length).toBeGreaterThan(40);
    expect(targets.map((t) => t.key)).toContain('PUT /api/programs/:id');
  });

  it(
    'answers a garbage id in any path parameter with 400 or 404 (429 where guessing is throttled)',
    async () => {
      const selected = targets.filter((t) => t.pathParams.length > 0 && !DISRUPTIVE.includes(t.key));
      const components = doc.components.schemas;
      const failures = await failuresOf(selected, (target) => {
        const body = target.body ? acceptedValueOf(target.body, components, 'valid') : fc.constant(undefined);
        // A public route whose path holds the credential (an invitation token) also throttles guessing.
        const refusals = target.route.permission === undefined ? [400, 404, 429] : [400, 404];
        const input = fc.tuple(
          fc.constantFrom(...target.pathParams),
          // `.` and `..` are dot segments: every URL parser folds them into the path, encoded or not.
          garbageId.filter((id) => !/^\.{1,2}$/.test(id)),
          fc.boolean(),
          body,
        );
        return fc.asyncProperty(input, async ([param, id, encoded, json]) => {
          const segments = target.route.url.split('/');
          const url = target.url
            .split('/')
            .map((segment, i) =>
              segments[i] === `:${param}` ? (encoded || !staysOneSegment(id) ? encode(id) : id) : segment,
            )
            .join('/');
          const response = await send(target, url, json === undefined ? {} : { json });
          const problem = PLAIN_TEXT_404.includes(target.key) ? undefined : answerProblem(response);
          if (problem) throw new Error(`${url.slice(0, 200)}: ${problem}`);
          if (!refusals.includes(response.statusCode))
            throw new Error(
              `${url.slice(0, 200)}: ${response.statusCode}, expected ${refusals.join(' or ')}`,
            );
        });
      });
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );

  it('answers JSON nested 20,000 levels deep in every field below 500, with the documented error shape', async () => {
    const depth = 20_000;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deepObject = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const wrong: string[] = [];
    for (const target of targets.filter((t) => t.body && !DISRUPTIVE.includes(t.key))) {
      const keys = Object.keys(deref(target.body!, doc.components.schemas).properties ?? { value: {} });
      for (const deep of [deepArray, deepObject]) {
        const payload = `{${keys.map((key) => `${JSON.stringify(key)}: ${deep}`).join(', ')}}`;
        const response = await send(target, target.url, {
          raw: { body: new TextEncoder().encode(payload), contentType: 'application/json' },
        });
        const problem = answerProblem(response);
        if (problem) wrong.push(`${target.key}: ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it(
    'answers generated bodies and query strings below 500, with the documented error shape',
    async () => {
      const selected = targets.filter((t) => t.body || t.query.length > 0);
      const failures = await failuresOf(selected, (target) =>
        fc.asyncProperty(requestsFor(target), async (sent) => {
          const response = await send(target, target.url + queryString(sent.query), sent);
          const problem = answerProblem(response);
          if (problem) throw new Error(problem);
        }),
      );
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );

  it('still answers after all of it', async () => {
    expect((await world.t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
