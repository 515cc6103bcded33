import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingReminderKey } from '#core/reminders/reminder-keys';
import { JOBS } from '#jobs/job-list';
import { type JobRuntime, startJobRuntime } from '#jobs/job-runtime';
import { type Database, openDatabase } from '#store/database';
import { outbox, sentNotifications } from '#store/schema';
import { REMINDERS_CRASH_OPTIONS } from '#tests/fixtures/job-runtime-child';
import { jobDepsFor, jobStates, spawnInstance, waitUntil } from '#tests/fixtures/job-runtime-fixtures';
import { addMeeting, hoursFrom, withAccounts } from '#tests/fixtures/reminder-builders';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '#tests/fixtures/test-database';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

/**
 * The real `meeting-reminders` job on two app instances sharing one PostgreSQL (issue 7): triggered
 * on both at once, and again, each person gets one reminder per meeting; an instance killed mid-run
 * loses none and doubles none.
 */
if (!postgresTestUrl) {
  console.warn(
    'meeting-reminders-instances: TEST_DATABASE_URL is not set, so these PostgreSQL tests are skipped.',
  );
}

const FAST = { retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, drainSeconds: 5 } as const;
const REMINDER_SUBJECT = 'Reminder: your meeting with %';

type Expected = { readonly key: string; readonly to: string };

describe.skipIf(!postgresTestUrl)('meeting reminders on two instances [postgres]', () => {
  let database: TestDatabase;
  const cleanup: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    await database.drop();
  });

  /**
   * `pairs` organisations, each with a pair whose people have accounts, and meetings in 3 and 20 hours
   * (reminded) and in 30 hours (not yet): the reminders the job should send, one per side and meeting.
   */
  async function seed(prefix: string, pairs: number): Promise<Expected[]> {
    const now = new Date();
    const expected: Expected[] = [];
    for (let i = 0; i < pairs; i += 1) {
      const ws = await buildWorkspace(database.db, { slug: `${prefix}-${i}`, meetings: 0 });
      await withAccounts(database.db, ws);
      for (const hours of [3, 20]) {
        const startsAt = hoursFrom(now, hours);
        const meetingId = await addMeeting(database.db, ws, startsAt);
        for (const person of [ws.mentor, ws.mentee])
          expected.push({ key: meetingReminderKey(meetingId, startsAt, person.personId), to: person.email });
      }
      await addMeeting(database.db, ws, hoursFrom(now, 30));
    }
    return expected;
  }

  /** Every reminder sent to `prefix`'s people, as send-once keys and as outbox rows per address. */
  async function reminders(prefix: string) {
    const keys = await database.db
      .select({ key: sentNotifications.key })
      .from(sentNotifications)
      .where(eq(sentNotifications.kind, 'meetingReminders'));
    const rows = await database.db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(and(like(outbox.subject, REMINDER_SUBJECT), like(outbox.toAddress, `%@${prefix}-%`)));
    const perAddress = new Map<string, number>();
    for (const { to } of rows) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    return { keys: keys.map((k) => k.key), perAddress, count: rows.length };
  }

  function expectExactlyOnce(expected: readonly Expected[], sent: Awaited<ReturnType<typeof reminders>>) {
    expect(sent.keys).toEqual(expect.arrayContaining(expected.map((e) => e.key)));
    const perAddress = new Map<string, number>();
    for (const { to } of expected) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    expect(Object.fromEntries(sent.perAddress)).toEqual(Object.fromEntries(perAddress)); // 2 each: 3 h and 20 h
  }

  async function instance(): Promise<Database> {
    if (database.jobsConnection.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const opened = await openDatabase({ databaseUrl: database.jobsConnection.url, dataDir: '' });
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    cleanup.push(opened.value.close);
    return opened.value;
  }

  async function settled(atLeastCompleted: number) {
    await waitUntil(
      `meeting-reminders completed ${atLeastCompleted} runs and has none left`,
      async () => {
        const states = await jobStates(database.db, 'meeting-reminders');
        return (
          !states.created && !states.retry && !states.active && (states.completed ?? 0) >= atLeastCompleted
        );
      },
      25_000,
    );
  }

  it('triggered on both instances at once, and again, reminds each person once per meeting', async () => {
    const expected = await seed('twin', 6);
    const start = async (): Promise<JobRuntime> => {
      const db = await instance();
      const runtime = await startJobRuntime(jobDepsFor(db), db.jobsConnection, JOBS, FAST);
      cleanup.push(runtime.stop);
      return runtime;
    };
    const [a, b] = await Promise.all([start(), start()]);

    await Promise.all([a.queue.enqueue('meeting-reminders'), b.queue.enqueue('meeting-reminders')]);
    await settled(2);
    const first = await reminders('twin');
    expect(first.count).toBe(expected.length);

    await Promise.all([a.queue.enqueue('meeting-reminders'), b.queue.enqueue('meeting-reminders')]);
    await settled(4);
    expectExactlyOnce(expected, await reminders('twin'));

    await Promise.all([a.stop(), b.stop()]);
  });

  it('an instance killed mid-run loses no reminder and sends none twice', async () => {
    if (database.jobsConnection.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const expected = await seed('crash', 8);
    const before = await jobStates(database.db, 'meeting-reminders');

    const crashing = spawnInstance([database.jobsConnection.url, 'meeting-reminders', '100']);
    cleanup.push(crashing.kill);
    await waitUntil('the first instance has sent some of the reminders', async () => {
      crashing.assertRunning();
      return (await reminders('crash')).count >= 6;
    });
    expect(await crashing.kill()).toBe('SIGKILL');
    const sentBeforeCrash = (await reminders('crash')).count;
    expect(sentBeforeCrash).toBeLessThan(expected.length);
    expect((await jobStates(database.db, 'meeting-reminders')).active).toBe(1);

    const survivor = await instance();
    const runtime = await startJobRuntime(
      jobDepsFor(survivor),
      survivor.jobsConnection,
      JOBS,
      REMINDERS_CRASH_OPTIONS,
    );
    cleanup.push(runtime.stop);
    await settled((before.completed ?? 0) + 1);
    expectExactlyOnce(expected, await reminders('crash'));
  });
});
