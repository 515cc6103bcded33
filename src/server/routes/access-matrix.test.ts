import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed } from '#core/access/permissions';
import type { RegisteredRoute } from '#server/route-registry';
import { call, fillPath, PUBLIC_ROUTES, routeKey } from '#tests/fixtures/access-routes';
import {
  type AccessWorld,
  accessWorld,
  CALLERS,
  type CallerName,
  MEMBER_ROLES,
  type MemberName,
} from '#tests/fixtures/access-world';

/**
 * The access matrix (issue 9): every route the app registers × every caller, with the status each
 * must get, computed from the permission table (src/core/access/permissions.ts):
 * - nobody signed in → 401; a role without the route's permission → 403;
 * - another organisation's admin (holding every role) naming A's objects → 404;
 * - a role with the permission → what the route gives its own users: 200 for reads, 400 for a write
 *   whose body is refused (proof that access was granted and nothing changed), or 404 where the
 *   use-case says the object is not theirs (OWNERSHIP below);
 * - never a 500.
 */

const PAIR_PEOPLE: readonly MemberName[] = ['mentor', 'mentee'];

/**
 * Where a role holding the permission still gets 404 because the object is not theirs. Each entry
 * names who the object belongs to; everyone else with the permission gets 404.
 */
const OWNERSHIP: readonly {
  readonly match: (url: string) => boolean;
  readonly owners: readonly MemberName[];
  readonly why: string;
}[] = [
  {
    match: (url) => url.startsWith('/api/my/pairs/:pairId'),
    owners: PAIR_PEOPLE,
    why: 'a pair workspace is its two people’s',
  },
  {
    match: (url) => url.startsWith('/api/my/check-ins/:id'),
    owners: ['mentee'],
    why: 'a check-in is its respondent’s',
  },
  {
    match: (url) => url.startsWith('/api/my/concerns/:concernId'),
    owners: ['mentee'],
    why: 'a concern is its author’s',
  },
  {
    match: (url) => url === '/api/my/programs/:id/application',
    owners: PAIR_PEOPLE,
    why: 'only the enrolled have an application',
  },
  {
    match: (url) => url === '/api/my/programs/:id/certificate.pdf',
    owners: [],
    why: 'nobody has finished the active program',
  },
];

/**
 * Writes that act on the path alone (no body to refuse), by the status each caller with the
 * permission gets. They run after every read, in CALLERS order. A bodyless write not listed here
 * (a route added since) only has to grant access: any status but 401, 403 and 5xx.
 */
const BODYLESS_WRITES: Readonly<
  Record<string, Partial<Record<MemberName | 'otherOrgAdmin' | 'default', number>>>
> = {
  // On the spare draft program (PARAM_OVERRIDES).
  'DELETE /api/programs/:id': { program_manager: 204 },
  // On the spare program too, where nobody applied.
  'POST /api/my/programs/:id/withdraw': { default: 404 },
  'POST /api/match-runs/:runId/publish': { program_manager: 200 },
  'POST /api/repair-requests/:id/resolve': { program_manager: 204 },
  // Each caller's own feed, in their own organisation.
  'POST /api/my/calendar-feed': { default: 200 },
  'DELETE /api/my/calendar-feed': { default: 204 },
  // The mentor deletes their goal; the mentee comes next and finds it gone.
  'DELETE /api/my/pairs/:pairId/goals/:goalId': { mentor: 204, mentee: 404 },
  'POST /api/concerns/:concernId/resolve': { program_manager: 200 },
  'POST /api/programs/:id/surveys/:surveyId/send': { program_manager: 202 },
  'POST /api/programs/:id/surveys/:surveyId/close': { program_manager: 200 },
  // A CSV upload: a request without a CSV body is refused before anything is read.
  'POST /api/people/import': { default: 415 },
};

type Expectation = number | 'granted';

let world: AccessWorld;
let routes: readonly RegisteredRoute[];

beforeAll(async () => {
  world = await accessWorld();
  // The built web's files (index.html, /assets/…) are the same for everyone and hold no data; they are
  // registered only once the web is built. Everything else the server answers is under these two.
  routes = world.t.app
    .registeredRoutes()
    .filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/calendar/'));
}, 120_000);
afterAll(async () => {
  await world?.t.close();
});

function expectedStatus(route: RegisteredRoute, caller: CallerName): Expectation {
  const permission = route.permission!;
  if (caller === 'anonymous') return 401;
  const namesObject = route.url.includes('/:');
  if (caller === 'otherOrgAdmin') {
    // A refused body answers 400 before the use-case looks the object up; the same writes with valid
    // bodies answer 404 across tenants in tenant-isolation.test.ts.
    if (namesObject) return route.hasBody ? 400 : 404;
    return allowedStatus(route, caller);
  }
  if (!isAllowed(permission, MEMBER_ROLES[caller])) return 403;
  const owned = OWNERSHIP.find((rule) => rule.match(route.url));
  if (owned && !owned.owners.includes(caller)) return route.hasBody ? 400 : 404;
  return allowedStatus(route, caller);
}

function allowedStatus(route: RegisteredRoute, caller: MemberName | 'otherOrgAdmin'): Expectation {
  if (route.method === 'GET') return 200;
  if (route.hasBody) return 400;
  const table = BODYLESS_WRITES[routeKey(route)];
  return table?.[caller] ?? table?.default ?? 'granted';
}

function meets(status: number, expectation: Expectation): boolean {
  if (expectation === 'granted') return status !== 401 && status !== 403 && status < 500;
  return status === expectation;
}

describe('every route is either public or behind a permission', () => {
  it('finds the routes the app registers', () => {
    expect(routes.length).toBeGreaterThan(80);
    expect(routes.map(routeKey)).toContain('GET /api/programs/:id');
  });

  it('has no /api route without a permission that is not on the public list', () => {
    const unmarked = routes
      .filter((r) => r.permission === undefined && !PUBLIC_ROUTES.includes(routeKey(r)))
      .map(routeKey);
    expect(unmarked, 'add `config: { permission }` or, if truly public, list it in PUBLIC_ROUTES').toEqual(
      [],
    );
  });

  it('lists no public route that is not registered or that has gained a permission', () => {
    const open = new Set(routes.filter((r) => r.permission === undefined).map(routeKey));
    expect(PUBLIC_ROUTES.filter((key) => !open.has(key))).toEqual([]);
  });

  it('can fill every path parameter of every protected route with a real id', () => {
    const unfilled = routes
      .filter((r) => r.permission !== undefined)
      .flatMap((r) => {
        const filled = fillPath(r, world.a.ids);
        return 'missing' in filled ? [`${routeKey(r)}: map ${filled.missing.join(', ')} in PARAM_IDS`] : [];
      });
    expect(unfilled).toEqual([]);
  });
});

describe.each(['reads', 'writes'] as const)('the access matrix: %s', (kind) => {
  it('gives every caller the status the permission table says, and never a 500', async () => {
    const selected = routes.filter(
      (r) => r.permission !== undefined && (kind === 'reads') === (r.method === 'GET'),
    );
    const wrong: string[] = [];
    for (const route of selected) {
      const filled = fillPath(route, world.a.ids);
      if ('missing' in filled) continue; // reported above
      for (const caller of CALLERS) {
        const response = await call(world, caller, route, filled.url);
        const want = expectedStatus(route, caller);
        if (!meets(response.statusCode, want)) {
          const owned = OWNERSHIP.find((rule) => rule.match(route.url));
          wrong.push(
            `${routeKey(route)} as ${caller}: ${response.statusCode}, expected ${want}` +
              (owned ? ` (${owned.why})` : '') +
              ` — ${response.body.slice(0, 160)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
