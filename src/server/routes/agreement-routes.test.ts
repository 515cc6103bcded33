import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSeries, readCalendar } from '#tests/fixtures/read-ics';
import { addDays, instantToZoned, offsetMinutes } from '#core/calendar/zoned-time';
import { auditEvents, enrollments, meetingSeries, meetings, outbox, programs } from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

const GOALS_MARKER = 'Learn how the board decides';
let w: WorkspaceApp;
let mentor: Session;
let mentee: Session;
let today: string;
let endDate: string;

type Agreement = {
  version: number;
  groundRules: string[];
  schedule: Record<string, unknown> & { startsOn: string };
  mentorObjectives: string[];
  menteeObjectives: string[];
  mentorAcceptedAt: string | null;
  menteeAcceptedAt: string | null;
  agreedAt: string | null;
  status: string;
};

const url = (rest = '') => `/api/my/pairs/${w.pairId}${rest}`;
const workspace = async (s: Session) => {
  const response = await s.inject({ method: 'GET', url: url('/workspace') });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const agreementOf = async (s: Session) => (await workspace(s)).agreement as Agreement;
const save = (s: Session, a: Agreement, change: Partial<Agreement> = {}) =>
  s.inject({
    method: 'PUT',
    url: url('/agreement'),
    payload: {
      version: a.version,
      groundRules: a.groundRules,
      schedule: a.schedule,
      mentorObjectives: a.mentorObjectives,
      menteeObjectives: a.menteeObjectives,
      ...change,
    },
  });
const accept = (s: Session, version: number) =>
  s.inject({ method: 'POST', url: url('/agreement/accept'), payload: { version } });
const mailTo = (to: string) =>
  w.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.orgId, w.orgId), eq(outbox.toAddress, to)))
    .orderBy(outbox.createdAt);

beforeAll(async () => {
  w = await workspaceApp({ slug: 'agree', meetings: 0 });
  // A pair that has agreed nothing yet: no series. The program runs from before today for 8 months,
  // so the meetings cross a daylight-saving change whatever the date the tests run on.
  await w.db.delete(meetingSeries).where(eq(meetingSeries.pairId, w.pairId));
  today = instantToZoned(w.t.deps.now(), 'Europe/Berlin').date;
  endDate = addDays(today, 240);
  const [program] = await w.db.select().from(programs).where(eq(programs.id, w.programId));
  await w.db
    .update(programs)
    .set({
      startDate: addDays(today, -30),
      endDate,
      settings: {
        ...program!.settings,
        groundRules: ['We keep what is said between us.', 'We start on time.'],
        cadence: { everyWeeks: 2, minutes: 45 },
      },
    })
    .where(eq(programs.id, w.programId));
  const answers = (goals: string, skill: string) => ({
    goals,
    skills: { canTeach: [{ skill, level: 4 }], wantToLearn: [] },
  });
  await w.db.insert(enrollments).values([
    {
      orgId: w.orgId,
      programId: w.programId,
      personId: w.mentor.personId,
      side: 'mentor',
      status: 'approved',
      answers: answers(`${GOALS_MARKER}\n\nUnderstand strategy`, 'TikTok'),
    },
    {
      orgId: w.orgId,
      programId: w.programId,
      personId: w.mentee.personId,
      side: 'mentee',
      status: 'approved',
      answers: answers('See the company through new eyes', 'Negotiation'),
    },
  ]);
  mentor = await w.as('mentor');
  mentee = await w.as('mentee');
});
afterAll(() => w.t.close());

describe('the kickoff agreement', () => {
  it('starts from the program and the intake, created once even when both open it at once', async () => {
    const [a, b] = await Promise.all([workspace(mentor), workspace(mentee)]);
    expect(a.agreement.version).toBe(1);
    expect(b.agreement.version).toBe(1);
    expect(a.agreement).toMatchObject({
      groundRules: ['We keep what is said between us.', 'We start on time.'],
      schedule: {
        weekday: 2,
        time: '10:00',
        timeZone: 'Europe/Berlin', // the mentee's
        durationMinutes: 45,
        everyWeeks: 2,
        startsOn: today, // the program started earlier
        mode: 'video',
        place: '',
        videoUrl: '',
      },
      mentorObjectives: [GOALS_MARKER, 'Understand strategy'],
      menteeObjectives: ['See the company through new eyes'],
      mentorAcceptedAt: null,
      menteeAcceptedAt: null,
      agreedAt: null,
      status: 'draft',
    });
    expect(a).toMatchObject({
      pair: { id: w.pairId, status: 'active', role: 'mentor' },
      partner: { name: w.mentee.name, timeZone: 'Europe/Berlin' },
      me: { timeZone: 'Europe/London' },
      program: { id: w.programId, endDate },
      skills: { mentorCanTeach: ['TikTok'], menteeCanTeach: ['Negotiation'] },
      counts: { held: 0, planned: 0, missed: 0 },
    });
    expect(b).toMatchObject({ pair: { role: 'mentee' }, partner: { name: w.mentor.name } });
  });

  it('refuses a stale version and bad fields with words a person can act on', async () => {
    const a = await agreementOf(mentor);
    const stale = await save(mentor, a, { version: a.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/Your partner changed the agreement/);

    const badTime = await save(mentor, a, { schedule: { ...a.schedule, time: '25:00' } });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().error.issues).toEqual([
      expect.objectContaining({ path: ['schedule', 'time'], message: 'Enter a time like 09:30.' }),
    ]);
    const late = await save(mentor, a, { schedule: { ...a.schedule, startsOn: addDays(endDate, 1) } });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.issues[0].path).toEqual(['schedule', 'startsOn']);
    const past = await save(mentor, a, { schedule: { ...a.schedule, startsOn: addDays(today, -2) } });
    expect(past.statusCode).toBe(400);
    expect((await agreementOf(mentor)).version).toBe(a.version);
  });

  it('shows each side where it stands; any edit is a new version that clears both acceptances', async () => {
    const a = await agreementOf(mentor);
    const accepted = await accept(mentor, a.version);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'waiting_for_partner', agreedAt: null });
    expect(accepted.json().mentorAcceptedAt).not.toBeNull();
    expect((await agreementOf(mentee)).status).toBe('draft');

    const unchanged = await save(mentee, a);
    expect(unchanged.json()).toMatchObject({ version: a.version, status: 'draft' });
    expect(unchanged.json().mentorAcceptedAt).not.toBeNull();

    const edited = await save(mentee, a, { menteeObjectives: ['Understand how juniors use AI'] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      version: a.version + 1,
      menteeObjectives: ['Understand how juniors use AI'],
      mentorAcceptedAt: null,
      menteeAcceptedAt: null,
      status: 'draft',
    });
    expect((await agreementOf(mentor)).status).toBe('draft');
    expect((await accept(mentor, a.version)).statusCode).toBe(409);
    expect(await w.db.select().from(meetings).where(eq(meetings.pairId, w.pairId))).toEqual([]);
  });

  it('when both accept, schedules every meeting to the program end at 10:00 Berlin time across DST', async () => {
    const a = await agreementOf(mentor);
    expect((await accept(mentee, a.version)).json().status).toBe('waiting_for_partner');
    expect(await mailTo(w.mentor.email)).toEqual([]);
    const agreed = await accept(mentor, a.version);
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().status).toBe('agreed');
    expect(agreed.json().agreedAt).not.toBeNull();
    expect((await agreementOf(mentee)).status).toBe('agreed');

    const rows = await w.db
      .select()
      .from(meetings)
      .where(eq(meetings.pairId, w.pairId))
      .orderBy(meetings.startsAt);
    const local = rows.map((m) => instantToZoned(m.startsAt, 'Europe/Berlin'));
    expect(local.every((l) => l.weekday === 2 && l.time === '10:00')).toBe(true);
    expect(local[0]!.date >= today && local[0]!.date < addDays(today, 7)).toBe(true);
    for (let i = 1; i < local.length; i++) expect(local[i]!.date).toBe(addDays(local[i - 1]!.date, 14));
    expect(local.at(-1)!.date <= endDate && addDays(local.at(-1)!.date, 14) > endDate).toBe(true);
    const offsets = new Set(rows.map((m) => offsetMinutes(m.startsAt, 'Europe/Berlin')));
    expect(offsets).toEqual(new Set([60, 120])); // both sides of a daylight-saving change
    expect(rows.every((m) => m.durationMinutes === 45 && m.status === 'scheduled')).toBe(true);

    const listed = await mentee.inject({ method: 'GET', url: url('/meetings') });
    expect(listed.json().items.map((m: { startsAt: string }) => m.startsAt)).toEqual(
      rows.map((m) => m.startsAt.toISOString()),
    );
    const ws = await workspace(mentor);
    expect(ws.counts).toEqual({ held: 0, planned: 0, missed: 0 });

    // Both get the series as one invitation, which an independent parser expands into exactly these meetings.
    for (const [me, partner, zone] of [
      [w.mentor, w.mentee, 'Europe/London'],
      [w.mentee, w.mentor, 'Europe/Berlin'],
    ] as const) {
      const mail = await mailTo(me.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe(
        `Your meetings with ${partner.name}: every 2 weeks on Tuesday at 10:00 (Europe/Berlin)`,
      );
      const first = instantToZoned(rows[0]!.startsAt, zone);
      expect(mail[0]!.text).toContain(partner.name);
      expect(mail[0]!.text).toContain(`at ${first.time} (${zone})`);
      expect(mail[0]!.text).toContain(`http://localhost:3000/my/pairs/${w.pairId}`);
      expect(mail[0]!.text).toContain('Org agree');
      expect(mail[0]!.text).not.toContain(GOALS_MARKER);
      expect(mail[0]!.attachments.map((f) => f.filename)).toEqual(['invitation.ics']);
      const calendar = readCalendar(mail[0]!.attachments[0]!.content);
      expect(calendar.method).toBe('REQUEST');
      expect(calendar.timeZones).toEqual(['Europe/Berlin']);
      const [master] = calendar.events;
      expect(master!.rrule).toMatch(/FREQ=WEEKLY/);
      expect(master!.startZone).toBe('Europe/Berlin');
      expect(master!.attendees.map((p) => p.email).sort()).toEqual([w.mentor.email, w.mentee.email].sort());
      expect(expandSeries(calendar, master!.uid)).toEqual(rows.map((m) => m.startsAt));
    }
    const audit = await w.db.select().from(auditEvents).where(eq(auditEvents.action, 'agreement.agreed'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.detail)).not.toContain(GOALS_MARKER);
  });

  it('is in force once agreed: no more edits, and accepting again changes nothing', async () => {
    const a = await agreementOf(mentee);
    const edit = await save(mentee, a, { groundRules: ['Something else'] });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe(
      'Your agreement is in force; change the schedule from a date instead.',
    );
    expect((await accept(mentee, a.version)).json().status).toBe('agreed');
    expect(await mailTo(w.mentee.email)).toHaveLength(1);
    const series = await w.db.select().from(meetingSeries).where(eq(meetingSeries.pairId, w.pairId));
    expect(series).toHaveLength(1);
  });
});
