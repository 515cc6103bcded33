import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCalendar } from '#tests/fixtures/read-ics';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { insertPairs } from '#store/pairs-store';
import { auditEvents, meetingSeries, meetings, pairs, people } from '#store/schema';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { daysFromNow, type WorkspaceApp, type Who, workspaceApp } from '#tests/fixtures/workspace-builders';

const PLAN = [
  { title: 'Kickoff and ground rules', guide: 'Agree how you work.' },
  { title: 'Culture through new eyes', guide: 'What the junior sees.' },
];
const SHARED_MARKER = 'SHARED-NOTES-MARKER-71c2';
const PRIVATE_MARKER = 'PRIVATE-NOTE-MARKER-0d9e';

let w: WorkspaceApp;
let mentor: Session;
let mentee: Session;
let rows: (typeof meetings.$inferSelect)[];
/** The mentor's earlier pair with the outsider, ended between its two meetings. */
let endedPair: { id: string; before: Date; after: Date };

const url = (rest = '') => `/api/my/pairs/${w.pairId}${rest}`;
const get = (s: Session, path: string) => s.inject({ method: 'GET', url: path });
const feedPath = (feedUrl: string) => new URL(feedUrl).pathname;
const publicGet = (path: string) => w.t.app.inject({ method: 'GET', url: path });
/** iCalendar times have whole seconds. */
const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

beforeAll(async () => {
  w = await workspaceApp({ slug: 'cal', topicPlan: PLAN });
  mentor = await w.as('mentor');
  mentee = await w.as('mentee');
  rows = await w.db.select().from(meetings).where(eq(meetings.pairId, w.pairId)).orderBy(meetings.startsAt);
  await w.db.update(meetings).set({ sharedNotes: SHARED_MARKER }).where(eq(meetings.id, rows[0]!.id));
  const note = await mentor.inject({
    method: 'PUT',
    url: url(`/meetings/${rows[1]!.id}/private-note`),
    payload: { text: PRIVATE_MARKER },
  });
  expect(note.statusCode, note.body).toBe(200);
  const cancelled = await mentor.inject({
    method: 'POST',
    url: url(`/meetings/${rows[3]!.id}/cancel`),
    payload: {},
  });
  expect(cancelled.statusCode, cancelled.body).toBe(200);

  const [outsider] = await w.db.select().from(people).where(eq(people.email, 'outsider@cal.example'));
  const [pair] = await insertPairs(w.db, [
    {
      orgId: w.orgId,
      programId: w.programId,
      mentorPersonId: w.mentor.personId,
      menteePersonId: outsider!.id,
      score: 50,
      explanation: '',
      contributions: [],
      status: 'ended',
      endedAt: daysFromNow(-40),
    },
  ]);
  const [series] = await w.db
    .insert(meetingSeries)
    .values({
      orgId: w.orgId,
      pairId: pair!.id,
      schedule: {
        weekday: 1,
        time: '09:00',
        timeZone: 'Europe/London',
        durationMinutes: 30,
        everyWeeks: 1,
        startsOn: '2026-01-05',
        mode: 'phone',
        place: '',
        videoUrl: '',
      },
      startsOn: '2026-01-05',
      endsOn: '2026-12-31',
    })
    .returning();
  endedPair = { id: pair!.id, before: daysFromNow(-50), after: daysFromNow(-30) };
  await w.db.insert(meetings).values(
    [endedPair.before, endedPair.after].map((startsAt) => ({
      orgId: w.orgId,
      pairId: pair!.id,
      seriesId: series!.id,
      originalStart: startsAt,
      startsAt,
      durationMinutes: 30,
    })),
  );
});
afterAll(() => w.t.close());

describe('calendar downloads', () => {
  it('gives every meeting of the pair as a file, with topics and the workspace link, and nothing private', async () => {
    const response = await get(mentee, url('/calendar.ics'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="meetings.ics"');
    expect(response.body).not.toContain(SHARED_MARKER);
    expect(response.body).not.toContain(PRIVATE_MARKER);
    const calendar = readCalendar(response.body);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.events.map((e) => e.start)).toEqual(rows.map((r) => toSecond(r.startsAt)));
    expect(calendar.events.map((e) => e.status)).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
    ]);
    const [first] = calendar.events;
    expect(first!.summary).toContain(w.mentor.name);
    expect(first!.summary).toContain(w.mentee.name);
    expect(first!.description).toContain('Topic: Kickoff and ground rules');
    expect(first!.description).toContain(`http://localhost:3000/my/pairs/${w.pairId}`);
    expect(calendar.events[1]!.description).toContain('Topic: Culture through new eyes');
  });

  it('gives one meeting of the pair, and no meeting of another pair', async () => {
    const response = await get(mentor, url(`/meetings/${rows[2]!.id}/calendar.ics`));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="meeting.ics"');
    const calendar = readCalendar(response.body);
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      uid: `${rows[2]!.id}@localhost`,
      start: toSecond(rows[2]!.startsAt),
    });
    const [other] = await w.db.select().from(meetings).where(eq(meetings.pairId, endedPair.id));
    expect((await get(mentor, url(`/meetings/${other!.id}/calendar.ics`))).statusCode).toBe(404);
  });
});

describe('the private subscription URL', () => {
  let first: string;

  it('works without a session and holds every meeting of every pair of the person', async () => {
    expect((await get(mentor, '/api/my/calendar-feed')).json()).toEqual({ url: null, createdAt: null });
    const created = await mentor.inject({ method: 'POST', url: '/api/my/calendar-feed' });
    expect(created.statusCode, created.body).toBe(200);
    first = created.json().url;
    expect(first).toMatch(/^http:\/\/localhost:3000\/calendar\/[0-9a-f-]+\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await get(mentor, '/api/my/calendar-feed')).json()).toEqual(created.json());

    const response = await publicGet(feedPath(first));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, max-age=300');
    expect(response.body).not.toContain(PRIVATE_MARKER);
    expect(response.body).not.toContain(SHARED_MARKER);
    const calendar = readCalendar(response.body);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.property('x-wr-calname')).toBe('Counterpart — mentoring');
    expect(response.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    // This pair's four meetings (the cancelled one marked so) and the ended pair's meeting before it ended.
    expect(calendar.events.map((e) => e.start)).toEqual(
      [endedPair.before, ...rows.map((r) => r.startsAt)]
        .sort((a, b) => a.getTime() - b.getTime())
        .map(toSecond),
    );
    expect(calendar.events.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);

    const partners = await mentee.inject({ method: 'POST', url: '/api/my/calendar-feed' });
    const theirs = readCalendar((await publicGet(feedPath(partners.json().url))).body);
    expect(theirs.events.map((e) => e.start)).toEqual(rows.map((r) => toSecond(r.startsAt)));
  });

  it('stops the old URL at once when a new one is made, and refuses forged or unknown ones', async () => {
    const rotated = await mentor.inject({ method: 'POST', url: '/api/my/calendar-feed' });
    const second = rotated.json().url as string;
    expect(second).not.toBe(first);
    const old = await publicGet(feedPath(first));
    expect(old.statusCode).toBe(404);
    expect(old.headers['content-type']).toMatch(/^text\/plain/);
    expect(old.body).toBe('Not found.');
    expect((await publicGet(feedPath(second))).statusCode).toBe(200);

    const [, , feedId, file] = feedPath(second).split('/');
    const token = file!.replace(/\.ics$/, '');
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await publicGet(`/calendar/${feedId}/${forged}.ics`)).statusCode).toBe(404);
    expect((await publicGet(`/calendar/${feedId}/${token}`)).statusCode).toBe(404);
    expect((await publicGet(`/calendar/00000000-0000-0000-0000-000000000000/${token}.ics`)).statusCode).toBe(
      404,
    );
    expect((await publicGet(`/calendar/${feedId}/.ics`)).statusCode).toBe(404);

    expect((await mentor.inject({ method: 'DELETE', url: '/api/my/calendar-feed' })).statusCode).toBe(204);
    expect((await publicGet(feedPath(second))).statusCode).toBe(404);
    expect((await get(mentor, '/api/my/calendar-feed')).json()).toEqual({ url: null, createdAt: null });
    const actions = (await w.db.select().from(auditEvents).where(eq(auditEvents.orgId, w.orgId))).map(
      (e) => e.action,
    );
    expect(actions.filter((a) => a === 'calendar_feed.created')).toHaveLength(3);
    expect(actions.filter((a) => a === 'calendar_feed.revoked')).toHaveLength(1);
  });

  it('is not offered to an account without an employee record', async () => {
    const account = await insertAccount(w.db, {
      email: 'no.person@cal.example',
      name: 'No Person',
      passwordHash: await hashPassword('no person passphrase 2026'),
    });
    await insertMembership(w.db, {
      orgId: w.orgId,
      accountId: account.id,
      personId: null,
      roles: ['participant'],
    });
    const session = await signIn(w.t.app, 'no.person@cal.example', 'no person passphrase 2026');
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expect((await session.inject({ method, url: '/api/my/calendar-feed' })).statusCode).toBe(404);
    }
  });
});

describe('access to the pair’s schedule and calendars', () => {
  const routes = () => {
    const m = rows[0]!.id;
    return [
      ['GET', url('/workspace'), undefined],
      ['PUT', url('/agreement'), {}],
      ['POST', url('/agreement/accept'), { version: 1 }],
      ['POST', url(`/meetings/${m}/move`), { startsAt: daysFromNow(3).toISOString() }],
      ['POST', url(`/meetings/${m}/cancel`), {}],
      ['POST', url('/cadence'), { fromDate: '2026-12-01', schedule: {} }],
      ['GET', url('/calendar.ics'), undefined],
      ['GET', url(`/meetings/${m}/calendar.ics`), undefined],
    ] as const;
  };

  it('answers 404 to everyone but the two people, HR and admins included, and 401 signed out', async () => {
    const agreement = (await get(mentor, url('/workspace'))).json().agreement;
    const valid: Record<string, object> = {
      [url('/agreement')]: { ...agreement, version: agreement.version },
      [url('/cadence')]: { fromDate: '2026-12-01', schedule: agreement.schedule },
    };
    const others: Who[] = ['outsider', 'hr', 'admin', 'sponsor', 'otherTenant'];
    for (const who of others) {
      const session = await w.as(who);
      for (const [method, path, body] of routes()) {
        const payload = valid[path] ?? body;
        const response = await session.inject({ method, url: path, ...(payload ? { payload } : {}) });
        expect(response.statusCode, `${who} ${method} ${path}`).toBe(404);
      }
    }
    for (const [method, path, body] of routes()) {
      const response = await w.t.app.inject({ method, url: path, ...(body ? { payload: body } : {}) });
      expect(response.statusCode, `signed out ${method} ${path}`).toBe(401);
    }
    expect((await w.t.app.inject({ method: 'GET', url: '/api/my/calendar-feed' })).statusCode).toBe(401);
    const [row] = await w.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.id, rows[0]!.id)));
    expect(row!.status).toBe('scheduled');
    expect((await w.db.select().from(pairs).where(eq(pairs.id, w.pairId)))[0]!.status).toBe('active');
  });
});
