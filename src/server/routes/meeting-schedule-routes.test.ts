import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSeries, readCalendar } from '#tests/fixtures/read-ics';
import { addDays, instantToZoned, zonedToInstant } from '#core/calendar/zoned-time';
import { auditEvents, meetingSeries, meetings, outbox, pairs, programs } from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

let w: WorkspaceApp;
let mentor: Session;
let mentee: Session;
let today: string;
let endDate: string;

type Meeting = { id: string; startsAt: string; status: string; moved: boolean; timeZone: string };
const url = (rest = '') => `/api/my/pairs/${w.pairId}${rest}`;
const list = async (s: Session) => {
  const response = await s.inject({ method: 'GET', url: url('/meetings') });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Meeting[];
};
const post = (s: Session, path: string, payload: object = {}) =>
  s.inject({ method: 'POST', url: url(path), payload });
const mailsTo = (to: string) =>
  w.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.orgId, w.orgId), eq(outbox.toAddress, to)))
    .orderBy(outbox.createdAt);
const lastMailTo = async (to: string) => (await mailsTo(to)).at(-1)!;
const newSchedule = {
  weekday: 4,
  time: '17:30',
  timeZone: 'America/New_York',
  durationMinutes: 30,
  everyWeeks: 1,
  mode: 'in_person',
  place: 'Room 4.01',
  videoUrl: '',
};

beforeAll(async () => {
  w = await workspaceApp({ slug: 'sched', meetings: 0 });
  await w.db.delete(meetingSeries).where(eq(meetingSeries.pairId, w.pairId));
  today = instantToZoned(w.t.deps.now(), 'Europe/Berlin').date;
  endDate = addDays(today, 180);
  await w.db
    .update(programs)
    .set({ startDate: addDays(today, -10), endDate })
    .where(eq(programs.id, w.programId));
  mentor = await w.as('mentor');
  mentee = await w.as('mentee');
});
afterAll(() => w.t.close());

describe('before the agreement is in force', () => {
  it('refuses a cadence change', async () => {
    const response = await post(mentor, '/cadence', { fromDate: addDays(today, 7), schedule: newSchedule });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/Agree your kickoff agreement first/);
    const agreement = (await mentor.inject({ method: 'GET', url: url('/workspace') })).json().agreement;
    expect((await post(mentor, '/agreement/accept', { version: agreement.version })).statusCode).toBe(200);
    expect((await post(mentee, '/agreement/accept', { version: agreement.version })).json().status).toBe(
      'agreed',
    );
  });
});

describe('moving and cancelling one meeting', () => {
  it('moves a scheduled meeting and sends both an update for that occurrence', async () => {
    const [, second] = await list(mentor);
    const to = new Date(new Date(second!.startsAt).getTime() + 26 * 3_600_000);
    const response = await post(mentee, `/meetings/${second!.id}/move`, { startsAt: to.toISOString() });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: second!.id, startsAt: to.toISOString(), moved: true });

    for (const person of [w.mentor, w.mentee]) {
      const mail = await lastMailTo(person.email);
      expect(mail.subject).toMatch(/^Meeting moved: /);
      expect(mail.text).toContain(`${w.mentee.name} moved your meeting`);
      expect(mail.attachments.map((a) => a.filename)).toEqual(['update.ics']);
      const calendar = readCalendar(mail.attachments[0]!.content);
      expect(calendar.method).toBe('REQUEST');
      expect(calendar.events).toHaveLength(1);
      expect(calendar.events[0]).toMatchObject({
        recurrenceId: new Date(second!.startsAt),
        sequence: 1,
        start: to,
      });
    }
    const [row] = await w.db.select().from(meetings).where(eq(meetings.id, second!.id));
    expect(row).toMatchObject({ sequence: 1, originalStart: new Date(second!.startsAt), startsAt: to });
  });

  it('keeps a move within the program and in the future', async () => {
    const [first] = await list(mentor);
    const after = zonedToInstant(addDays(endDate, 3), '10:00', 'Europe/Berlin');
    const late = await post(mentor, `/meetings/${first!.id}/move`, { startsAt: after.toISOString() });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.issues[0].path).toEqual(['startsAt']);
    const past = await post(mentor, `/meetings/${first!.id}/move`, {
      startsAt: new Date(w.t.deps.now().getTime() - 3_600_000).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    const bad = await post(mentor, `/meetings/${first!.id}/move`, { startsAt: 'next tuesday' });
    expect(bad.statusCode).toBe(400);
    expect((await list(mentor))[0]).toMatchObject({ startsAt: first!.startsAt, moved: false });
  });

  it('cancels a scheduled meeting with a CANCEL for that occurrence; it cannot be moved or cancelled again', async () => {
    const third = (await list(mentor))[2]!;
    const before = (await mailsTo(w.mentee.email)).length;
    const response = await post(mentor, `/meetings/${third.id}/cancel`, { reason: 'Board offsite' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: third.id, status: 'cancelled' });
    const mails = await mailsTo(w.mentee.email);
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toMatch(/^Meeting cancelled: /);
    expect(mail.text).toContain('Reason: Board offsite');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['cancellation.ics']);
    const calendar = readCalendar(mail.attachments[0]!.content);
    expect(calendar.method).toBe('CANCEL');
    expect(calendar.events[0]).toMatchObject({
      status: 'CANCELLED',
      recurrenceId: new Date(third.startsAt),
      sequence: 1,
    });

    const again = await post(mentee, `/meetings/${third.id}/cancel`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('This meeting was cancelled, so it can no longer be cancelled.');
    const move = await post(mentee, `/meetings/${third.id}/move`, {
      startsAt: new Date(new Date(third.startsAt).getTime() + 3_600_000).toISOString(),
    });
    expect(move.statusCode).toBe(409);
    expect(await mailsTo(w.mentee.email)).toHaveLength(before + 1);
  });

  it('leaves a logged meeting alone', async () => {
    const fourth = (await list(mentor))[3]!;
    await w.db.update(meetings).set({ status: 'held' }).where(eq(meetings.id, fourth.id));
    const move = await post(mentor, `/meetings/${fourth.id}/move`, {
      startsAt: new Date(new Date(fourth.startsAt).getTime() + 3_600_000).toISOString(),
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().error.message).toBe('This meeting was held, so it can no longer be moved.');
    expect((await post(mentor, `/meetings/${fourth.id}/cancel`)).statusCode).toBe(409);
    expect((await post(mentor, '/meetings/not-a-meeting/cancel')).statusCode).toBe(404);
  });
});

describe('changing the cadence from a date', () => {
  it('validates the date and the new schedule field by field', async () => {
    const past = await post(mentor, '/cadence', { fromDate: addDays(today, -2), schedule: newSchedule });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.issues[0].path).toEqual(['fromDate']);
    const late = await post(mentor, '/cadence', { fromDate: addDays(endDate, 1), schedule: newSchedule });
    expect(late.statusCode).toBe(400);
    const zone = await post(mentor, '/cadence', {
      fromDate: addDays(today, 7),
      schedule: { ...newSchedule, timeZone: 'Mars/Olympus' },
    });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.issues).toEqual([
      expect.objectContaining({
        path: ['schedule', 'timeZone'],
        message: 'Choose a time zone from the list.',
      }),
    ]);
  });

  it('ends the current series the day before, keeps moved meetings, and starts the new one', async () => {
    const before = await list(mentor);
    // Move the sixth meeting by a day: it lies after the change and must stay.
    const sixth = before[5]!;
    const movedTo = new Date(new Date(sixth.startsAt).getTime() + 86_400_000);
    expect(
      (await post(mentor, `/meetings/${sixth.id}/move`, { startsAt: movedTo.toISOString() })).statusCode,
    ).toBe(200);
    const fifthDay = instantToZoned(new Date(before[4]!.startsAt), 'Europe/Berlin').date;
    const fromDate = addDays(fifthDay, -1);
    const [oldSeries] = await w.db.select().from(meetingSeries).where(eq(meetingSeries.pairId, w.pairId));

    const response = await post(mentee, '/cadence', {
      fromDate,
      schedule: { ...newSchedule, startsOn: '2020-01-01' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Meeting[];
    const fromInstant = zonedToInstant(fromDate, '00:00', 'Europe/Berlin');
    const kept = before.filter((m) => new Date(m.startsAt) < fromInstant);
    expect(items.filter((m) => m.timeZone === 'Europe/Berlin').map((m) => m.id)).toEqual([
      ...kept.map((m) => m.id),
      sixth.id,
    ]);
    const added = items.filter((m) => m.timeZone === 'America/New_York');
    expect(added.length).toBeGreaterThan(10);
    for (const m of added) {
      expect(instantToZoned(new Date(m.startsAt), 'America/New_York')).toMatchObject({
        weekday: 4,
        time: '17:30',
      });
      expect(new Date(m.startsAt) >= fromInstant).toBe(true);
    }
    const workspace = (await mentor.inject({ method: 'GET', url: url('/workspace') })).json();
    expect(workspace.agreement).toMatchObject({
      status: 'agreed',
      schedule: { ...newSchedule, startsOn: fromDate },
    });

    const [ended] = await w.db.select().from(meetingSeries).where(eq(meetingSeries.id, oldSeries!.id));
    expect(ended).toMatchObject({ endsOn: addDays(fromDate, -1), sequence: 1 });
    for (const person of [w.mentor, w.mentee]) {
      const mail = await lastMailTo(person.email);
      expect(mail.subject).toBe(
        `Your meetings with ${person === w.mentor ? w.mentee.name : w.mentor.name} change from ${fromDate}: every week on Thursday at 17:30 (America/New_York)`,
      );
      expect(mail.attachments.map((a) => a.filename)).toEqual(['new-series.ics', 'updated-series.ics']);
      const fresh = readCalendar(mail.attachments[0]!.content);
      expect(fresh.method).toBe('REQUEST');
      expect(expandSeries(fresh, fresh.events[0]!.uid)).toEqual(added.map((m) => new Date(m.startsAt)));
      const updated = readCalendar(mail.attachments[1]!.content);
      expect(updated.method).toBe('REQUEST');
      const master = updated.events.find((e) => e.recurrenceId === null)!;
      expect(master.sequence).toBe(1);
      expect(expandSeries(updated, master.uid)).toEqual(
        kept.filter((m) => m.status !== 'cancelled').map((m) => new Date(m.startsAt)),
      );
    }
    const audit = await w.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'meeting_series.changed'));
    expect(audit).toHaveLength(1);
  });
});

describe('an ended pair', () => {
  it('can still be read, but not changed', async () => {
    await w.db.update(pairs).set({ status: 'ended', endedAt: new Date() }).where(eq(pairs.id, w.pairId));
    const next = (await list(mentor)).find((m) => m.status === 'scheduled')!;
    const writes = [
      await post(mentor, `/meetings/${next.id}/cancel`),
      await post(mentor, `/meetings/${next.id}/move`, {
        startsAt: new Date(new Date(next.startsAt).getTime() + 3_600_000).toISOString(),
      }),
      await post(mentor, '/cadence', { fromDate: addDays(today, 14), schedule: newSchedule }),
      await post(mentor, '/agreement/accept', { version: 1 }),
    ];
    for (const response of writes) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error.message).toMatch(/This pair has ended/);
    }
    expect((await mentor.inject({ method: 'GET', url: url('/workspace') })).statusCode).toBe(200);
  });
});
