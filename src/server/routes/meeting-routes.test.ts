import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, meetingLessons, meetings, pairs, skills } from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { daysFromNow, type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

const PLAN = [
  { title: 'Kickoff', guide: 'Agree how you work.' },
  { title: 'Culture', guide: 'What the junior sees.' },
  { title: 'Tools', guide: 'Show one tool.' },
];

type Meeting = {
  id: string;
  number: number;
  status: string;
  isKickoff: boolean;
  moved: boolean;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  mode: string;
  videoUrl: string;
  topic: { title: string; guide: string; source: string; planIndex: number | null } | null;
  log: null | {
    loggedBy: string;
    sharedNotes: string;
    taught: { mentor: string[]; mentee: string[] };
  };
  myPulse: number | null;
  myPrivateNote: string | null;
};

let w: WorkspaceApp;
let mentor: Session;
let mentee: Session;
const url = (rest = '') => `/api/my/pairs/${w.pairId}/meetings${rest}`;
const list = async (s: Session) => {
  const response = await s.inject({ method: 'GET', url: url() });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Meeting[];
};
const put = (s: Session, path: string, payload: object) =>
  s.inject({ method: 'PUT', url: url(path), payload });
const log = (s: Session, meetingId: string, payload: object = {}) =>
  put(s, `/${meetingId}/log`, {
    status: 'held',
    sharedNotes: '',
    taught: { mentor: [], mentee: [] },
    pulse: null,
    ...payload,
  });

beforeAll(async () => {
  // Five meetings a week apart: the first three have started, the last two lie ahead.
  w = await workspaceApp({ topicPlan: PLAN, meetings: 5, everyDays: 7, firstStartsAt: daysFromNow(-15) });
  mentor = await w.as('mentor');
  mentee = await w.as('mentee');
});
afterAll(() => w.t.close());

describe('the meetings list', () => {
  it('lists the pair’s meetings in time order with numbers, the kickoff and plan topics in order', async () => {
    const items = await list(mentor);
    expect(items.map((m) => m.id)).toEqual(w.meetingIds);
    expect(items.map((m) => m.number)).toEqual([1, 2, 3, 4, 5]);
    expect(items.map((m) => m.isKickoff)).toEqual([true, false, false, false, false]);
    expect(items.map((m) => m.topic?.title ?? null)).toEqual(['Kickoff', 'Culture', 'Tools', null, null]);
    expect(items[0]).toMatchObject({
      status: 'scheduled',
      moved: false,
      timeZone: 'Europe/London',
      mode: 'video',
      videoUrl: 'https://meet.example/pair',
      topic: { title: 'Kickoff', guide: 'Agree how you work.', source: 'plan', planIndex: 0 },
      log: null,
      myPulse: null,
      myPrivateNote: null,
    });
    const first = items[0]!;
    expect(Date.parse(first.endsAt) - Date.parse(first.startsAt)).toBe(60 * 60_000);
  });

  it('numbers only the meetings that take place, and says which were moved', async () => {
    const [first, second, third] = w.meetingIds;
    await w.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, first!));
    await w.db
      .update(meetings)
      .set({ startsAt: daysFromNow(-7.5) })
      .where(eq(meetings.id, second!));
    const items = await list(mentee);
    expect(items.map((m) => [m.number, m.isKickoff])).toEqual([
      [0, false],
      [1, true],
      [2, false],
      [3, false],
      [4, false],
    ]);
    expect(items.find((m) => m.id === second)?.moved).toBe(true);
    expect(items.find((m) => m.id === third)?.moved).toBe(false);
    // The cancelled meeting gives its plan topic to the next one.
    expect(items[0]?.topic).toBeNull();
    expect(items.map((m) => m.topic?.title ?? null)).toEqual([null, 'Kickoff', 'Culture', 'Tools', null]);
    await w.db.update(meetings).set({ status: 'scheduled' }).where(eq(meetings.id, first!));
  });

  it('is not found for anyone outside the pair', async () => {
    for (const who of ['hr', 'admin', 'sponsor', 'outsider', 'otherTenant'] as const) {
      const s = await w.as(who);
      expect((await s.inject({ method: 'GET', url: url() })).statusCode, who).toBe(404);
      expect((await s.inject({ method: 'GET', url: url(`/${w.meetingIds[0]}`) })).statusCode, who).toBe(404);
      expect((await log(s, w.meetingIds[0]!)).statusCode, who).toBe(404);
      expect(
        (await put(s, `/${w.meetingIds[0]}/topic`, { planIndex: 1, customTitle: null })).statusCode,
      ).toBe(404);
    }
  });
});

describe('choosing a topic', () => {
  it('takes a plan topic, and later meetings skip it when defaulting', async () => {
    const response = await put(mentee, `/${w.meetingIds[0]}/topic`, { planIndex: 2, customTitle: null });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().topic).toEqual({
      title: 'Tools',
      guide: 'Show one tool.',
      source: 'plan',
      planIndex: 2,
    });
    const items = await list(mentor);
    expect(items.map((m) => m.topic?.title ?? null)).toEqual(['Tools', 'Kickoff', 'Culture', null, null]);
  });

  it('takes a topic of the pair’s own, and both null goes back to the default', async () => {
    const custom = await put(mentor, `/${w.meetingIds[1]}/topic`, {
      planIndex: null,
      customTitle: '  AI at work ',
    });
    expect(custom.statusCode, custom.body).toBe(200);
    expect(custom.json().topic).toEqual({
      title: 'AI at work',
      guide: '',
      source: 'custom',
      planIndex: null,
    });
    expect((await list(mentee)).map((m) => m.topic?.title ?? null)).toEqual([
      'Tools',
      'AI at work',
      'Kickoff',
      'Culture',
      null,
    ]);
    for (const id of w.meetingIds.slice(0, 2)) {
      expect((await put(mentor, `/${id}/topic`, { planIndex: null, customTitle: null })).statusCode).toBe(
        200,
      );
    }
    expect((await list(mentee)).map((m) => m.topic?.title ?? null)).toEqual([
      'Kickoff',
      'Culture',
      'Tools',
      null,
      null,
    ]);
  });

  it('refuses a topic outside the plan, both at once, and an empty title, naming the field', async () => {
    const id = w.meetingIds[0];
    const outside = await put(mentor, `/${id}/topic`, { planIndex: 3, customTitle: null });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.issues[0].path).toEqual(['planIndex']);
    const both = await put(mentor, `/${id}/topic`, { planIndex: 0, customTitle: 'Mine' });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.issues[0].path).toEqual(['customTitle']);
    const empty = await put(mentor, `/${id}/topic`, { planIndex: null, customTitle: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues[0].path).toEqual(['customTitle']);
    const unknown = await put(mentor, `/not-a-meeting/topic`, { planIndex: 0, customTitle: null });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('logging a meeting', () => {
  it('records what each side taught, adding skills new to the organisation once', async () => {
    const [existing] = await w.db
      .insert(skills)
      .values({ orgId: w.orgId, name: 'Excel' })
      .returning({ id: skills.id });
    const response = await log(mentor, w.meetingIds[0]!, {
      sharedNotes: '  We met in the café. ',
      taught: { mentor: ['TikTok', ' tiktok ', 'excel'], mentee: ['Board   decks'] },
      pulse: 4,
    });
    expect(response.statusCode, response.body).toBe(200);
    const meeting = response.json() as Meeting;
    expect(meeting.status).toBe('held');
    expect(meeting.log).toMatchObject({
      loggedBy: w.mentor.name,
      sharedNotes: 'We met in the café.',
      taught: { mentor: ['Excel', 'TikTok'], mentee: ['Board decks'] },
    });
    expect(meeting.myPulse).toBe(4);
    const names = await w.db
      .select({ id: skills.id, name: skills.name })
      .from(skills)
      .where(eq(skills.orgId, w.orgId));
    expect(names.map((s) => s.name).sort()).toEqual(['Board decks', 'Excel', 'TikTok']);
    expect(names.find((s) => s.name === 'Excel')?.id).toBe(existing!.id);
  });

  it('lets the partner log again: the shared part is replaced, each pulse stays its owner’s', async () => {
    const id = w.meetingIds[0]!;
    const response = await log(mentee, id, {
      status: 'held',
      sharedNotes: 'Updated notes',
      taught: { mentor: ['TikTok'], mentee: [] },
      pulse: 2,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      myPulse: 2,
      log: {
        loggedBy: w.mentee.name,
        sharedNotes: 'Updated notes',
        taught: { mentor: ['TikTok'], mentee: [] },
      },
    });
    const mine = (await list(mentor)).find((m) => m.id === id)!;
    expect(mine.myPulse).toBe(4);
    expect((await list(mentee)).find((m) => m.id === id)!.myPulse).toBe(2);
    const lessons = await w.db.select().from(meetingLessons).where(eq(meetingLessons.meetingId, id));
    expect(lessons).toHaveLength(1);
    const [row] = await w.db.select().from(meetings).where(eq(meetings.id, id));
    expect([row?.mentorPulse, row?.menteePulse]).toEqual([4, 2]);
  });

  it('audits the log with ids and status only', async () => {
    const events = await w.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.action, 'meeting.logged')));
    expect(events.length).toBe(2);
    expect(events[0]?.detail).toEqual({ pairId: w.pairId, status: 'held' });
    expect(JSON.stringify(events)).not.toContain('notes');
  });

  it('records a missed meeting', async () => {
    const response = await log(mentor, w.meetingIds[1]!, { status: 'missed' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'missed', myPulse: null, log: { sharedNotes: '' } });
  });

  it('refuses a meeting that has not started, and a cancelled one', async () => {
    const future = await log(mentor, w.meetingIds[3]!);
    expect(future.statusCode).toBe(409);
    expect(future.json().error.message).toBe('You can log a meeting once it has started.');
    await w.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, w.meetingIds[2]!));
    expect((await log(mentor, w.meetingIds[2]!)).statusCode).toBe(409);
    await w.db.update(meetings).set({ status: 'scheduled' }).where(eq(meetings.id, w.meetingIds[2]!));
    // Once the clock passes its start, it can be logged.
    w.t.advance(7 * 24 * 60 * 60 * 1000);
    expect((await log(mentor, w.meetingIds[3]!)).statusCode).toBe(200);
  });

  it('refuses bad input with field issues', async () => {
    const id = w.meetingIds[2]!;
    const cases: [object, string[]][] = [
      [{ pulse: 6 }, ['pulse']],
      [{ pulse: 2.5 }, ['pulse']],
      [{ status: 'maybe' }, ['status']],
      [{ sharedNotes: 'x'.repeat(5001) }, ['sharedNotes']],
      [{ taught: { mentor: ['x'.repeat(81)], mentee: [] } }, ['taught', 'mentor', '0']],
      [{ taught: { mentor: [], mentee: [' '] } }, ['taught', 'mentee', '0']],
      [
        { taught: { mentor: Array.from({ length: 21 }, (_, i) => `Skill ${i}`), mentee: [] } },
        ['taught', 'mentor'],
      ],
    ];
    for (const [payload, path] of cases) {
      const response = await log(mentor, id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
    }
    const [row] = await w.db.select().from(meetings).where(eq(meetings.id, id));
    expect(row?.loggedAt).toBeNull();
  });
});

describe('an ended pair', () => {
  it('keeps its meetings readable but refuses logs, topics and notes', async () => {
    await w.db.update(pairs).set({ status: 'ended', endedAt: new Date() }).where(eq(pairs.id, w.pairId));
    expect(await list(mentee)).toHaveLength(5);
    const id = w.meetingIds[0]!;
    const refused = await log(mentee, id, { pulse: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/ended/);
    expect((await put(mentee, `/${id}/topic`, { planIndex: 1, customTitle: null })).statusCode).toBe(409);
    expect((await put(mentee, `/${id}/private-note`, { text: 'late thought' })).statusCode).toBe(409);
    expect((await list(mentee)).find((m) => m.id === id)).toMatchObject({ myPulse: 2, myPrivateNote: null });
  });
});
