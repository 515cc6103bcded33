import { eq, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { hashPassword } from '#server/auth/secrets';
import { completeAnswers } from '#tests/fixtures/enrollment-world';
import { issueOneTimeLink } from '#server/use-cases/issue-one-time-link';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { insertEnrollment } from '#store/enrollments-store';
import { insertPeople } from '#store/people-store';
import { auditEvents, organisations, outbox, privateNotes, programSurveys } from '#store/schema';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { testEnv } from '#tests/fixtures/test-app';
import { WORKSPACE_PASSWORD, type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

/**
 * The proof issue 6 asks for (docs/api/workspace.md, "Privacy rules the tests prove"): a private note
 * is read by its author alone, and a concern by its author and HR alone — through every GET route the
 * app has, for every role, in both organisations, and nowhere in emails, the audit log, the logs or
 * the database in plain text. New GET routes are called automatically; one whose path parameters this
 * test cannot fill fails it by name, so that it gets covered.
 */

const NOTE = 'MENTEE-PRIVATE-NOTE-MARKER-5f3a9c';
const MENTOR_NOTE = 'MENTOR-PRIVATE-NOTE-MARKER-b81d47';
const SUBJECT = 'CONCERN-SUBJECT-MARKER-2e6b10';
const BODY = 'CONCERN-BODY-MARKER-9ac3f2';
const REPLY = 'CONCERN-REPLY-MARKER-74d0e8';
/** The pair's shared work: both of them read it; HR gets counts only, everyone else nothing. */
const GOAL = 'PAIR-GOAL-MARKER-d93e61';
const SHARED = 'PAIR-SHARED-NOTES-MARKER-0b7c25';
/** The mentee's check-in answers: one kept from HR, one they let HR read (never sponsors). */
const CHECK_IN_PRIVATE = 'CHECK-IN-PRIVATE-ANSWER-MARKER-6d2e90';
const CHECK_IN_SHARED = 'CHECK-IN-SHARED-WITH-HR-MARKER-a47c13';
const SECRETS = [NOTE, MENTOR_NOTE, SUBJECT, BODY, REPLY] as const;
const MARKERS = [...SECRETS, GOAL, SHARED, CHECK_IN_PRIVATE, CHECK_IN_SHARED] as const;
const CONCERN = [SUBJECT, BODY, REPLY] as const;
const PAIR = [GOAL, SHARED] as const;
const SLUG = 'privacy';

type Who =
  | 'mentee'
  | 'mentor'
  | 'hr'
  | 'admin'
  | 'sponsor'
  | 'ergLead'
  | 'participant'
  | 'otherAdmin'
  | 'anonymous';

/**
 * What each one may read: the note's author their note, the concern's author and HR the concern, the
 * pair what they share.
 */
const MAY_READ: Readonly<Record<Who, readonly string[]>> = {
  mentee: [NOTE, ...CONCERN, ...PAIR, CHECK_IN_PRIVATE, CHECK_IN_SHARED],
  mentor: [MENTOR_NOTE, ...PAIR],
  hr: [...CONCERN, CHECK_IN_SHARED],
  admin: [],
  sponsor: [],
  ergLead: [],
  participant: [],
  otherAdmin: [],
  anonymous: [],
};
const EVERYONE = Object.keys(MAY_READ) as Who[];
const IN_PAIR: readonly Who[] = ['mentee', 'mentor'];

let w: WorkspaceApp;
let app: FastifyInstance;
const logLines: string[] = [];
const as = {} as Record<Exclude<Who, 'anonymous'>, Session>;
let concernId: string;
let surveyIds: string[];
let checkInIds: string[];
let meetingId: string;
let ergAccountId: string;
const calls: { who: Who; url: string; response: LightMyRequestResponse }[] = [];
let routes: string[];

const put = (s: Session, url: string, payload: object) => s.inject({ method: 'PUT', url, payload });
const post = (s: Session, url: string, payload: object = {}) => s.inject({ method: 'POST', url, payload });
const inject = (who: Who, url: string) =>
  who === 'anonymous' ? app.inject({ method: 'GET', url }) : as[who].inject({ method: 'GET', url });
const rowsOf = async <T>(query: SQL): Promise<T[]> =>
  ((await w.db.execute(query)) as unknown as { rows: T[] }).rows;
const hasRoute = (method: 'GET' | 'POST', url: string) => app.hasRoute({ method, url });

beforeAll(async () => {
  w = await workspaceApp({ slug: SLUG });
  app = await buildApp(
    { ...w.t.deps, env: testEnv({ LOG_LEVEL: 'trace' }) },
    { logStream: { write: (line) => logLines.push(line) } },
  );
  await app.ready();
  const { db } = w;
  const [erg] = await insertPeople(db, w.orgId, [{ email: `erg@${SLUG}.example`, name: 'Eli Erg' }]);
  const ergAccount = await insertAccount(db, {
    email: erg!.email,
    name: 'Eli Erg',
    passwordHash: await hashPassword(WORKSPACE_PASSWORD),
  });
  ergAccountId = ergAccount.id;
  await insertMembership(db, {
    orgId: w.orgId,
    accountId: ergAccount.id,
    personId: erg!.id,
    roles: ['erg_lead', 'participant'],
  });
  const login = (email: string) => signIn(app, email, WORKSPACE_PASSWORD);
  as.mentee = await login(w.mentee.email);
  as.mentor = await login(w.mentor.email);
  as.hr = await login(`hr@${SLUG}.example`);
  as.admin = await login(`admin@${SLUG}.example`);
  as.sponsor = await login(`sponsor@${SLUG}.example`);
  as.ergLead = await login(erg!.email);
  as.participant = await login(`outsider@${SLUG}.example`);
  as.otherAdmin = await login(`stranger@other-${SLUG}.example`);

  // The secrets: a private note each on the same meeting, and the mentee's concern with HR's answer.
  meetingId = w.meetingIds[0]!;
  const noteUrl = `/api/my/pairs/${w.pairId}/meetings/${meetingId}/private-note`;
  const mine = await put(as.mentee, noteUrl, { text: NOTE });
  expect(mine.statusCode, mine.body).toBe(200);
  expect(mine.json()).toEqual({ myPrivateNote: NOTE });
  expect((await put(as.mentor, noteUrl, { text: MENTOR_NOTE })).statusCode).toBe(200);
  const raised = await post(as.mentee, `/api/my/pairs/${w.pairId}/concerns`, {
    subject: SUBJECT,
    body: BODY,
  });
  expect(raised.statusCode, raised.body).toBe(201);
  concernId = raised.json().id;
  expect((await post(as.hr, `/api/concerns/${concernId}/replies`, { body: REPLY })).statusCode).toBe(200);
  const goal = await post(as.mentee, `/api/my/pairs/${w.pairId}/goals`, { side: 'mentee', title: GOAL });
  expect(goal.statusCode, goal.body).toBe(201);
  const log = await put(as.mentor, `/api/my/pairs/${w.pairId}/meetings/${meetingId}/log`, {
    status: 'held',
    sharedNotes: SHARED,
    taught: { mentor: [], mentee: [] },
    pulse: 4,
  });
  expect(log.statusCode, log.body).toBe(200);
  await answerCheckIns();

  routes = getRoutes(app);
  const values = await parameterValues();
  for (const route of routes) {
    for (const url of urlsOf(route, values)) {
      for (const who of EVERYONE) calls.push({ who, url, response: await inject(who, url) });
    }
  }
}, 300_000);
afterAll(async () => {
  await app?.close();
  await w?.t.close();
});

/**
 * HR sends the midpoint check-in (today, whatever the date) and both answer it; the mentee writes one
 * answer HR may read and one it may not. The group minimum is 1 here, so that HR's results do show
 * the shared answer: the proof is then that it reaches HR and nobody else.
 */
async function answerCheckIns(): Promise<void> {
  await w.db.update(organisations).set({ minGroupSize: 1 }).where(eq(organisations.id, w.orgId));
  const listed = await as.hr.inject({ method: 'GET', url: `/api/programs/${w.programId}/surveys` });
  expect(listed.statusCode, listed.body).toBe(200);
  const surveys = listed.json().items as { id: string; timing: string }[];
  surveyIds = surveys.map((s) => s.id);
  const midpoint = surveys.find((s) => s.timing === 'midpoint')!;
  const today = w.t.deps.now().toISOString().slice(0, 10);
  await w.db
    .update(programSurveys)
    .set({ opensOn: today, closesOn: '2099-12-31' })
    .where(eq(programSurveys.id, midpoint.id));
  const sent = await post(as.hr, `/api/programs/${w.programId}/surveys/${midpoint.id}/send`);
  expect(sent.statusCode, sent.body).toBe(202);
  checkInIds = [];
  for (const [who, answers] of [
    [
      'mentee',
      {
        midpoint_going: 4,
        midpoint_learned: { text: CHECK_IN_PRIVATE, shareWithHr: false },
        midpoint_support: { text: CHECK_IN_SHARED, shareWithHr: true },
      },
    ],
    ['mentor', { midpoint_going: 5 }],
  ] as const) {
    const [checkIn] = (await as[who].inject({ method: 'GET', url: '/api/my/check-ins' })).json().items;
    checkInIds.push(checkIn.id);
    const answered = await put(as[who], `/api/my/check-ins/${checkIn.id}`, { answers });
    expect(answered.statusCode, answered.body).toBe(200);
  }
}

/** Real ids of the scenario for each path parameter, by `<segment before>/:<name>` or `:<name>`. */
async function parameterValues(): Promise<Record<string, string[]>> {
  const { db } = w;
  const people = [w.mentee.personId, w.mentor.personId];
  const enrollments = [];
  for (const [personId, side] of [
    [w.mentor.personId, 'mentor'],
    [w.mentee.personId, 'mentee'],
  ] as const) {
    enrollments.push(
      await insertEnrollment(db, {
        orgId: w.orgId,
        programId: w.programId,
        personId,
        side,
        status: 'approved',
        answers: completeAnswers(),
      }),
    );
  }
  const run = await post(as.hr, `/api/programs/${w.programId}/match-runs`);
  expect(run.statusCode, run.body).toBe(201);
  const invitation = await issueOneTimeLink(w.t.deps, {
    orgId: w.orgId,
    accountId: ergAccountId,
    purpose: 'invitation',
    createdBy: null,
  });
  const feed: { id: string[]; file: string[] } = { id: [], file: [] };
  if (hasRoute('POST', '/api/my/calendar-feed')) {
    const created = await post(as.mentee, '/api/my/calendar-feed');
    expect(created.statusCode, created.body).toBeLessThan(300);
    const [feedId, file] = new URL(created.json().url).pathname.split('/').slice(-2);
    feed.id.push(feedId!);
    feed.file.push(file!);
  }
  const outboxIds = (await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.orgId, w.orgId))).map(
    (r) => r.id,
  );
  return {
    'programs/:id': [w.programId],
    'people/:id': people,
    'outbox/:id': outboxIds,
    ':pairId': [w.pairId],
    ':meetingId': [meetingId],
    ':concernId': [concernId],
    ':surveyId': surveyIds,
    'check-ins/:id': checkInIds,
    ':runId': [run.json().id],
    ':enrollmentId': enrollments.map((e) => e.id),
    'invitations/:token': [invitation.split('/').at(-1)!],
    'calendar/:feedId': feed.id,
    ':feedId/:file': feed.file,
    ':feedId/:token': feed.file.map((f) => f.replace(/\.ics$/, '')),
    '*': ['swagger-initializer.js'],
  };
}

/** Extra query strings a route needs, or that show more of what it can return. */
const QUERIES: Readonly<Record<string, (v: Record<string, string[]>) => string[]>> = {
  '/api/match-runs/:runId/diff': (v) => [`?against=${v[':runId']![0]}`],
  '/api/concerns': () => ['', '?status=all', '?status=resolved'],
  '/api/programs/defaults': () => ['?startDate=2026-09-01'],
};

/** Every URL to call for one route: each combination of known values of its parameters. */
function urlsOf(route: string, values: Record<string, string[]>): string[] {
  let urls = [''];
  let rest = route;
  const param = /:([A-Za-z0-9_]+)|\*/;
  for (let m = param.exec(rest); m; m = param.exec(rest)) {
    const before = rest.slice(0, m.index);
    const consumed = route.slice(0, route.length - rest.length + m.index);
    const segment = consumed.split('/').filter(Boolean).at(-1) ?? '';
    const key = m[0] === '*' ? '*' : `:${m[1]}`;
    const found = values[`${segment}/${key}`] ?? values[key];
    if (!found || found.length === 0) {
      throw new Error(
        `The privacy test cannot fill ${m[0]} in GET ${route}: add real ids for it in parameterValues().`,
      );
    }
    urls = urls.flatMap((u) => found.map((v) => `${u}${before}${encodeURIComponent(v)}`));
    rest = rest.slice(m.index + m[0].length);
  }
  const queries = QUERIES[route]?.(values) ?? [''];
  return urls.flatMap((u) => queries.map((q) => `${u}${rest}${q}`));
}

/**
 * Every GET route registered in the app, hidden ones included, read from Fastify's route tree; checked
 * against the OpenAPI document so that a change in the tree's format cannot silently empty the list.
 */
function getRoutes(instance: FastifyInstance): string[] {
  const tree = instance.printRoutes({ commonPrefix: false, method: 'GET' });
  const stack: string[] = [];
  const found: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (stack[depth - 1] ?? '') + m[2]!;
    stack.length = depth;
    stack.push(path);
    if (m[3]?.split(', ').includes('GET')) found.push(path);
  }
  return found;
}

describe('the routes this test calls', () => {
  it('are every GET route of the app, as the OpenAPI document and the route tree list them', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path.replace(/\{([^}]+)\}/g, ':$1'));
    expect(documented.length).toBeGreaterThan(20);
    expect(routes).toEqual(expect.arrayContaining([...documented, '/api/openapi.json']));
    for (const workspaceRoute of [
      '/api/my/concerns',
      '/api/concerns',
      '/api/my/pairs/:pairId/meetings',
      '/api/programs/:id/pairs',
    ]) {
      expect(routes).toContain(workspaceRoute);
    }
  });

  it('all answer without a server error', () => {
    const failures = calls
      .filter((c) => c.response.statusCode >= 500)
      .map((c) => `${c.who} GET ${c.url} → ${c.response.statusCode}`);
    expect(failures).toEqual([]);
  });
});

describe('a private note and a concern', () => {
  it('are read by exactly those allowed to, through every GET route, and by no one else', () => {
    for (const who of EVERYONE) {
      const seen = new Map<string, string[]>();
      for (const call of calls.filter((c) => c.who === who)) {
        for (const marker of MARKERS) {
          if (call.response.body.includes(marker)) seen.set(marker, [...(seen.get(marker) ?? []), call.url]);
        }
      }
      const forbidden = [...seen].filter(([marker]) => !MAY_READ[who].includes(marker));
      expect(forbidden, `${who} read what is not theirs`).toEqual([]);
      // The scan can see a marker: each allowed reader does read it somewhere.
      expect([...seen.keys()].sort(), who).toEqual([...MAY_READ[who]].sort());
    }
  });

  it("are in the author's own views: the note in the meetings, the concern in the concern list", () => {
    const body = (who: Who, url: string) => calls.find((c) => c.who === who && c.url === url)?.response.body;
    const meetings = `/api/my/pairs/${w.pairId}/meetings`;
    expect(body('mentee', meetings)).toContain(NOTE);
    expect(body('mentee', meetings)).not.toContain(MENTOR_NOTE);
    expect(body('mentor', meetings)).toContain(MENTOR_NOTE);
    expect(body('mentor', meetings)).not.toContain(NOTE);
    for (const marker of CONCERN) {
      expect(body('mentee', '/api/my/concerns')).toContain(marker);
      expect(body('hr', '/api/concerns')).toContain(marker);
      expect(body('mentor', '/api/my/concerns')).not.toContain(marker);
    }
  });

  it('keep the workspace closed to everyone outside the pair: HR, admins, sponsors included', async () => {
    const workspace = calls.filter((c) => c.url.startsWith(`/api/my/pairs/${w.pairId}/`));
    expect(workspace.length).toBeGreaterThan(EVERYONE.length);
    const wrong = workspace
      .filter((c) => !IN_PAIR.includes(c.who))
      .filter((c) => c.response.statusCode !== (c.who === 'anonymous' ? 401 : 404))
      .map((c) => `${c.who} GET ${c.url} → ${c.response.statusCode}`);
    expect(wrong).toEqual([]);
    const inPair = workspace.filter((c) => IN_PAIR.includes(c.who) && c.response.statusCode === 404);
    expect(inPair.map((c) => `${c.who} GET ${c.url}`)).toEqual([]);
    for (const who of ['hr', 'admin', 'sponsor', 'ergLead', 'participant', 'otherAdmin'] as const) {
      const url = `/api/my/pairs/${w.pairId}/meetings/${meetingId}/private-note`;
      expect((await put(as[who], url, { text: 'overwrite' })).statusCode, who).toBe(404);
    }
  });

  it('are not in the private calendar subscription, which does carry the meetings', () => {
    const feeds = calls.filter((c) => c.who === 'anonymous' && c.url.startsWith('/calendar/'));
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      expect(feed.response.statusCode, feed.url).toBe(200);
      expect(feed.response.body).toContain('BEGIN:VEVENT');
    }
  });

  it('give HR counts only in the pair list: how far the pair has got, never what it wrote', () => {
    const list = calls.find((c) => c.who === 'hr' && c.url === `/api/programs/${w.programId}/pairs`);
    expect(list?.response.statusCode).toBe(200);
    const [pair] = list!.response.json().items;
    expect(pair).toMatchObject({
      id: w.pairId,
      workspace: {
        agreement: 'pending',
        meetingsHeld: 1,
        meetingsPlanned: 2,
        goals: { total: 1, completed: 0 },
      },
    });
  });
});

describe('what the server keeps and sends', () => {
  it('keeps the markers out of every email', async () => {
    const mails = await w.db.select().from(outbox);
    expect(mails.map((m) => m.subject)).toContain('A participant raised a concern');
    expect(mails.map((m) => m.subject)).toContain('HR replied to your concern');
    const text = JSON.stringify(mails);
    for (const marker of MARKERS) expect(text).not.toContain(marker);
  });

  it('keeps the markers out of the audit log', async () => {
    const events = await w.db.select().from(auditEvents);
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['concern.raised', 'concern.replied']),
    );
    const text = JSON.stringify(events);
    for (const marker of MARKERS) expect(text).not.toContain(marker);
  });

  it('keeps the markers out of the logs', () => {
    const all = logLines.join('\n');
    expect(all).toContain('/private-note');
    expect(all).toContain('/api/concerns');
    for (const marker of MARKERS) expect(all).not.toContain(marker);
  });

  it('stores private notes only as ciphertext, and a concern only in the concern tables', async () => {
    const notes = await w.db.select().from(privateNotes);
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      for (const marker of [NOTE, MENTOR_NOTE]) {
        expect(note.ciphertext).not.toContain(marker);
        expect(note.ciphertext).not.toContain(Buffer.from(marker).toString('base64').slice(0, 16));
        expect(note.ciphertext).not.toContain(Buffer.from(marker).toString('hex').slice(0, 16));
      }
    }
    const tables = (
      await rowsOf<{ name: string }>(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      )
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['private_notes', 'concerns', 'concern_messages', 'outbox']),
    );
    const holding = new Map<string, string[]>();
    for (const table of tables) {
      const rows = await rowsOf<{ row: string }>(
        sql`select row_to_json(t)::text as row from ${sql.identifier(table)} t`,
      );
      for (const marker of SECRETS) {
        if (rows.some((r) => r.row.includes(marker)))
          holding.set(marker, [...(holding.get(marker) ?? []), table]);
      }
    }
    expect(Object.fromEntries(holding)).toEqual({
      [SUBJECT]: ['concerns'],
      [BODY]: ['concern_messages'],
      [REPLY]: ['concern_messages'],
    });
    for (const marker of [CHECK_IN_PRIVATE, CHECK_IN_SHARED]) {
      const tablesWith = [];
      for (const table of tables) {
        const rows = await rowsOf<{ row: string }>(
          sql`select row_to_json(t)::text as row from ${sql.identifier(table)} t`,
        );
        if (rows.some((r) => r.row.includes(marker))) tablesWith.push(table);
      }
      expect(tablesWith, marker).toEqual(['survey_responses']);
    }
  });
});
