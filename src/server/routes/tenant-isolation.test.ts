import type { LightMyRequestResponse } from 'fastify';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import type { RegisteredRoute } from '#server/route-registry';
import { enrollments, outbox, people, programSurveys } from '#store/schema';
import { fillPath, routeKey } from '#tests/fixtures/access-routes';
import {
  type AccessWorld,
  accessWorld,
  CALLERS,
  type CallerName,
  MARKERS,
  type MemberName,
  type TenantIds,
} from '#tests/fixtures/access-world';
import { pdfText } from '#tests/fixtures/read-pdf';
import { testEnv } from '#tests/fixtures/test-app';

/**
 * Tenant isolation and private content (issue 9), over every read the app registers:
 * - a marker planted in every free text of organisation B never reaches anyone in A, whatever ids they name;
 * - the marker in A's mentor's private note reaches that mentor only, in any response or email;
 * - the marker in A's concern reaches its author and HR (program_manager) only;
 * - lists agree with single objects: what a caller lists opens, and what opens is listed;
 * - a write that works on B's own object answers 404 on A's, and changes nothing there.
 */

let world: AccessWorld;
let reads: readonly RegisteredRoute[];

beforeAll(async () => {
  world = await accessWorld();
  reads = world.t.app.registeredRoutes().filter((r) => r.method === 'GET' && r.permission !== undefined);
}, 120_000);
afterAll(async () => {
  await world?.t.close();
});

/** Everything a response shows a client: status line headers and body, PDFs as their text. */
function visibleText(response: LightMyRequestResponse): string {
  const type = String(response.headers['content-type'] ?? '');
  const body = type.includes('application/pdf') ? pdfText(response.rawPayload) : response.body;
  return `${JSON.stringify(response.headers)}\n${body}`;
}

const readings = new Map<string, Promise<{ key: string; text: string }[]>>();

/**
 * Every read as one caller, its path filled with a tenant's ids: the route and what it showed. The
 * reads change nothing, so each caller × tenant is read once and shared by the sweeps below.
 */
function readEverything(caller: CallerName, ids: TenantIds): Promise<{ key: string; text: string }[]> {
  const cacheKey = `${caller} ${ids.orgId}`;
  let reading = readings.get(cacheKey);
  if (!reading) {
    reading = readAll(caller, ids);
    readings.set(cacheKey, reading);
  }
  return reading;
}

async function readAll(caller: CallerName, ids: TenantIds): Promise<{ key: string; text: string }[]> {
  const session = world.session(caller);
  const seen: { key: string; text: string }[] = [];
  for (const route of reads) {
    const filled = fillPath(route, ids);
    if ('missing' in filled) throw new Error(`${routeKey(route)}: map ${filled.missing.join(', ')}`);
    const { url } = filled;
    const response = session
      ? await session.inject({ method: 'GET', url })
      : await world.t.app.inject({ method: 'GET', url });
    seen.push({ key: routeKey(route), text: visibleText(response) });
  }
  return seen;
}

/** Which callers saw a marker, and where, over every read with A's ids. */
async function whoSees(marker: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const caller of CALLERS) {
    const where = (await readEverything(caller, world.a.ids))
      .filter((r) => r.text.toLowerCase().includes(marker.toLowerCase()))
      .map((r) => r.key);
    if (where.length > 0) found[caller] = where;
  }
  return found;
}

describe('tenant B’s marker never reaches tenant A', () => {
  it('is planted where B’s own people see it', async () => {
    // The B admin reading their own organisation finds the marker: the sweep below can fail.
    const own = await readEverything('otherOrgAdmin', world.b.ids);
    const where = own.filter((r) => r.text.includes(MARKERS.tenantB)).map((r) => r.key);
    expect(where).toEqual(
      expect.arrayContaining(['GET /api/programs', 'GET /api/people', 'GET /api/concerns']),
    );
  }, 120_000);

  it('appears in no response body or header to any caller of A, naming A’s ids or B’s', async () => {
    const leaks: string[] = [];
    for (const caller of CALLERS.filter((c) => c !== 'otherOrgAdmin')) {
      for (const [tenant, ids] of [
        ['A', world.a.ids],
        ['B', world.b.ids],
      ] as const) {
        for (const { key, text } of await readEverything(caller, ids)) {
          if (text.toLowerCase().includes(MARKERS.tenantB))
            leaks.push(`${key} as ${caller} with ${tenant}'s ids`);
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 180_000);
});

describe('private content', () => {
  it('shows a private note to its author only, in every response', async () => {
    const seen = await whoSees(MARKERS.noteA);
    expect(Object.keys(seen)).toEqual(['mentor']);
    expect(seen.mentor).toContain('GET /api/my/pairs/:pairId/meetings/:meetingId');
    expect(seen.mentor).toContain('GET /api/my/data');
  }, 180_000);

  it('shows a concern to its author and HR only, in every response', async () => {
    const seen = await whoSees(MARKERS.concernA);
    expect(Object.keys(seen).sort()).toEqual(['mentee', 'program_manager']);
    expect(seen.program_manager).toContain('GET /api/concerns');
    expect(seen.mentee).toContain('GET /api/my/concerns');
  }, 180_000);

  it('shows sponsors and ERG leads no free text of a pair, and sponsors no participant’s name', async () => {
    const freeTexts = ['Log alpha', 'Goal alpha', 'Learned alpha', 'Reason alpha', 'Goals alpha'];
    const names = ['Mia Mentor alpha', 'Max Mentee alpha'];
    const found: string[] = [];
    for (const [caller, words] of [
      ['sponsor', [...freeTexts, ...names]],
      ['erg_lead', freeTexts],
    ] as const) {
      for (const { key, text } of await readEverything(caller, world.a.ids)) {
        for (const word of words) if (text.includes(word)) found.push(`${word} in ${key} as ${caller}`);
      }
    }
    expect(found).toEqual([]);
    // Planted where the pair and HR do see them: the check above can fail.
    const sees = async (caller: CallerName, word: string) =>
      (await readEverything(caller, world.a.ids)).some((r) => r.text.includes(word));
    const planted = [
      ['mentor', 'Log alpha'],
      ['mentor', 'Goal alpha'],
      ['mentor', 'Max Mentee alpha'],
      ['mentee', 'Learned alpha'],
      ['program_manager', 'Reason alpha'],
      ['program_manager', 'Goals alpha'],
    ] as const;
    for (const [caller, word] of planted) expect(await sees(caller, word), `${word} as ${caller}`).toBe(true);
  }, 120_000);

  it('reads the exports it sweeps: the impact report PDF as text, the CSVs', async () => {
    // The sweep above would pass vacuously on unreadable exports; these show the program's own words.
    const hrReads = await readEverything('program_manager', world.a.ids);
    const text = (key: string) => hrReads.find((r) => r.key === key)?.text ?? '';
    expect(text('GET /api/programs/:id/impact/report.pdf')).toContain('Program alpha');
    expect(text('GET /api/programs/:id/impact.csv')).toContain('section,measure,group,value,unit');
    const adminReads = await readEverything('org_admin', world.a.ids);
    expect(adminReads.find((r) => r.key === 'GET /api/admin/audit.csv')?.text).toContain('text/csv');
  }, 120_000);

  it('puts neither in an email, except the concern to HR', async () => {
    const mails = await world.db.select().from(outbox);
    expect(mails.length).toBeGreaterThan(0);
    const carrying = (marker: string) =>
      mails
        .filter((m) => `${m.subject}\n${m.text}\n${m.html ?? ''}`.includes(marker))
        .map((m) => m.toAddress);
    expect(carrying(MARKERS.noteA)).toEqual([]);
    expect(carrying(MARKERS.concernA).filter((to) => to !== 'hr@alpha.example')).toEqual([]);
  });
});

/**
 * A list and the single-object route its ids open. `candidates` are every id of that kind in both
 * organisations: each must open exactly when the caller's list holds it.
 */
type ListCheck = {
  readonly list: (ids: TenantIds) => string;
  readonly idsOf: (body: { items: Record<string, unknown>[] }) => string[];
  readonly single: (ids: TenantIds, id: string) => string;
  readonly candidates: () => Promise<string[]>;
  /** Who the check applies to, when the list is narrower than what the role may open. */
  readonly callers?: readonly CallerName[];
};

const both = (pick: (ids: TenantIds) => readonly string[]) => async () => [
  ...pick(world.a.ids),
  ...pick(world.b.ids),
];
const itemIds = (field: string) => (body: { items: Record<string, unknown>[] }) =>
  body.items.map((item) => String(item[field]));
const programsOf = (ids: TenantIds) => [ids.programId, ids.spareProgramId, ids.matchingProgramId];

const LISTS: Readonly<Record<string, ListCheck>> = {
  programs: {
    list: () => '/api/programs',
    idsOf: itemIds('id'),
    single: (_, id) => `/api/programs/${id}`,
    candidates: both(programsOf),
  },
  people: {
    list: () => '/api/people?limit=200',
    idsOf: itemIds('id'),
    single: (_, id) => `/api/people/${id}`,
    candidates: async () => (await world.db.select({ id: people.id }).from(people)).map((r) => r.id),
  },
  'my pairs': {
    list: () => '/api/my/pairs',
    idsOf: itemIds('pairId'),
    single: (_, id) => `/api/my/pairs/${id}/workspace`,
    candidates: both((ids) => [ids.pairId]),
  },
  'my check-ins': {
    list: () => '/api/my/check-ins',
    idsOf: itemIds('id'),
    single: (_, id) => `/api/my/check-ins/${id}`,
    candidates: both((ids) => [ids.checkInId]),
  },
  'a pair’s meetings': {
    list: (ids) => `/api/my/pairs/${ids.pairId}/meetings`,
    idsOf: itemIds('id'),
    single: (ids, id) => `/api/my/pairs/${ids.pairId}/meetings/${id}`,
    candidates: both((ids) => ids.meetingIds),
  },
  'a program’s enrollments': {
    list: (ids) => `/api/programs/${ids.programId}/enrollments`,
    idsOf: itemIds('id'),
    single: (ids, id) => `/api/programs/${ids.programId}/enrollments/${id}`,
    candidates: async () =>
      (await world.db.select({ id: enrollments.id }).from(enrollments)).map((r) => r.id),
  },
  'a program’s match runs': {
    list: (ids) => `/api/programs/${ids.matchingProgramId}/match-runs`,
    idsOf: itemIds('id'),
    single: (_, id) => `/api/match-runs/${id}`,
    candidates: both((ids) => [ids.runId]),
  },
  'a program’s surveys': {
    list: (ids) => `/api/programs/${ids.programId}/surveys`,
    idsOf: itemIds('id'),
    single: (ids, id) => `/api/programs/${ids.programId}/surveys/${id}/results`,
    candidates: async () =>
      (await world.db.select({ id: programSurveys.id }).from(programSurveys)).map((r) => r.id),
  },
  'sponsored programs': {
    list: () => '/api/my/sponsored-programs',
    idsOf: itemIds('id'),
    single: (_, id) => `/api/programs/${id}/impact`,
    candidates: both(programsOf),
    // HR and admins open every program's report through their own permission, sponsored or not.
    callers: ['sponsor', 'erg_lead', 'mentor', 'mentee'],
  },
  outbox: {
    list: () => '/api/admin/outbox?limit=200',
    idsOf: itemIds('id'),
    single: (_, id) => `/api/admin/outbox/${id}`,
    candidates: async () =>
      (
        await world.db
          .select({ id: outbox.id })
          .from(outbox)
          .where(inArray(outbox.orgId, [world.a.ids.orgId, world.b.ids.orgId]))
      ).map((r) => r.id),
  },
};

describe('lists agree with single objects', () => {
  it.each(Object.keys(LISTS))(
    '%s: every listed id opens, every id that opens is listed',
    async (name) => {
      const check = LISTS[name]!;
      const candidates = await check.candidates();
      const disagreements: string[] = [];
      let opened = 0;
      for (const caller of check.callers ?? CALLERS.filter((c) => c !== 'anonymous')) {
        const session = world.session(caller)!;
        // Each caller lists within their own organisation (B's admin within B).
        const own = caller === 'otherOrgAdmin' ? world.b.ids : world.a.ids;
        const listed = await session.inject({ method: 'GET', url: check.list(own) });
        expect(listed.statusCode, `${name} list as ${caller}`).toBeLessThan(500);
        const ids = listed.statusCode === 200 ? check.idsOf(listed.json()) : [];
        for (const id of new Set([...ids, ...candidates])) {
          const single = await session.inject({ method: 'GET', url: check.single(own, id) });
          const opens = single.statusCode === 200;
          if (opens) opened++;
          if (opens !== ids.includes(id)) {
            disagreements.push(
              `${caller}: ${id} ${ids.includes(id) ? 'listed' : 'not listed'} but answers ${single.statusCode}`,
            );
          }
        }
      }
      expect(disagreements).toEqual([]);
      expect(opened, 'someone can open at least one').toBeGreaterThan(0);
    },
    120_000,
  );
});

/**
 * Writes across tenants with bodies that are valid: B's member with the same role sends the request
 * naming A's object (404), then names B's own (it works, so the 404 was not a refused body).
 */
const CROSS_TENANT_WRITES: readonly {
  readonly as: MemberName;
  readonly method: 'POST' | 'PUT' | 'PATCH';
  readonly url: (ids: TenantIds) => string;
  readonly payload: object;
}[] = [
  {
    as: 'program_manager',
    method: 'PATCH',
    url: (ids) => `/api/people/${ids.menteePersonId}`,
    payload: { title: 'Changed' },
  },
  {
    as: 'program_manager',
    method: 'POST',
    url: (ids) => `/api/concerns/${ids.concernId}/replies`,
    payload: { body: 'A reply' },
  },
  {
    as: 'mentor',
    method: 'PUT',
    url: (ids) => `/api/my/pairs/${ids.pairId}/meetings/${ids.meetingIds[0]}/private-note`,
    payload: { text: 'Overwritten' },
  },
  {
    as: 'mentor',
    method: 'POST',
    url: (ids) => `/api/my/pairs/${ids.pairId}/goals`,
    payload: { side: 'mentor', title: 'Planted' },
  },
  {
    as: 'mentee',
    method: 'PUT',
    url: (ids) => `/api/my/check-ins/${ids.checkInId}`,
    payload: { answers: { midpoint_going: 1 } },
  },
  {
    as: 'mentee',
    method: 'POST',
    url: (ids) => `/api/my/concerns/${ids.concernId}/messages`,
    payload: { body: 'More' },
  },
  {
    as: 'org_admin',
    method: 'PUT',
    url: (ids) => `/api/admin/members/${ids.menteeMembershipId}/roles`,
    payload: { roles: ['org_admin', 'participant'] },
  },
  {
    as: 'program_manager',
    method: 'POST',
    url: (ids) => `/api/pairs/${ids.pairId}/end`,
    payload: { reason: 'Ended' },
  },
];

describe('writes across tenants', () => {
  it('answer 404 on A’s objects for B’s member of the same role, and work on B’s own', async () => {
    const wrong: string[] = [];
    for (const write of CROSS_TENANT_WRITES) {
      const session = world.b.sessions[write.as];
      const attack = await session.inject({
        method: write.method,
        url: write.url(world.a.ids),
        payload: write.payload,
      });
      const own = await session.inject({
        method: write.method,
        url: write.url(world.b.ids),
        payload: write.payload,
      });
      const label = `${write.method} ${write.url(world.a.ids)} as B's ${write.as}`;
      if (attack.statusCode !== 404)
        wrong.push(`${label}: ${attack.statusCode} ${attack.body.slice(0, 120)}`);
      if (own.statusCode >= 300)
        wrong.push(`${label} on B's own: ${own.statusCode} ${own.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('left A’s objects as they were', async () => {
    const { a } = world;
    const person = await a.sessions.program_manager.inject({
      method: 'GET',
      url: `/api/people/${a.ids.menteePersonId}`,
    });
    expect(person.json().title).not.toBe('Changed');
    const members = (await a.sessions.org_admin.inject({ method: 'GET', url: '/api/admin/members' })).json();
    const mentee = (members.items as { id: string; roles: string[] }[]).find(
      (m) => m.id === a.ids.menteeMembershipId,
    );
    expect(mentee?.roles).toEqual(['participant']);
    const meeting = await a.sessions.mentor.inject({
      method: 'GET',
      url: `/api/my/pairs/${a.ids.pairId}/meetings/${a.ids.meetingIds[0]}`,
    });
    expect(meeting.body).toContain(MARKERS.noteA);
    const pairs = (await a.sessions.mentor.inject({ method: 'GET', url: '/api/my/pairs' })).json();
    expect(pairs.items.map((p: { pairId: string; status: string }) => [p.pairId, p.status])).toEqual([
      [a.ids.pairId, 'active'],
    ]);
    const goals = (
      await a.sessions.mentor.inject({ method: 'GET', url: `/api/my/pairs/${a.ids.pairId}/goals` })
    ).json();
    expect(goals.items.map((g: { title: string }) => g.title)).toEqual(['Goal alpha']);
  });
});

describe('the log', () => {
  it('holds no private note or concern text, even at the most detailed level', async () => {
    const lines: string[] = [];
    const app = await buildApp(
      { ...world.t.deps, env: testEnv({ LOG_LEVEL: 'trace' }) },
      { logStream: { write: (line) => void lines.push(line) } },
    );
    await app.ready();
    try {
      const { a } = world;
      const as = (who: MemberName) => ({
        cookie: a.sessions[who].cookie,
        'x-csrf-token': a.sessions[who].csrfToken,
      });
      const meetingUrl = `/api/my/pairs/${a.ids.pairId}/meetings/${a.ids.meetingIds[0]}`;
      const note = await app.inject({
        method: 'PUT',
        url: `${meetingUrl}/private-note`,
        headers: as('mentor'),
        payload: { text: `${MARKERS.noteA} again` },
      });
      expect(note.statusCode, note.body).toBe(200);
      const message = await app.inject({
        method: 'POST',
        url: `/api/my/concerns/${a.ids.concernId}/messages`,
        headers: as('mentee'),
        payload: { body: `${MARKERS.concernA} again` },
      });
      expect(message.statusCode, message.body).toBeLessThan(300);
      for (const [who, url] of [
        ['mentor', meetingUrl],
        ['program_manager', '/api/concerns'],
        ['mentee', '/api/my/concerns'],
      ] as const) {
        expect((await app.inject({ method: 'GET', url, headers: as(who) })).statusCode).toBe(200);
      }
      expect(lines.length).toBeGreaterThan(6);
      const log = lines.join('\n');
      expect(log).not.toContain(MARKERS.noteA);
      expect(log).not.toContain(MARKERS.concernA);
    } finally {
      await app.close();
    }
  }, 120_000);
});
