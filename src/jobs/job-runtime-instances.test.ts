import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobRuntime, startJobRuntime } from '#jobs/job-runtime';
import { type Database, openDatabase } from '#store/database';
import { insertOrganisation } from '#store/organisations-store';
import { CRASH_QUEUE, CRASH_RUNTIME_OPTIONS, crashKeys } from '#tests/fixtures/job-runtime-child';
import {
  jobDepsFor,
  jobStates,
  outboxCounts,
  select,
  sendKeysJob,
  spawnInstance,
  testJobName,
  waitUntil,
} from '#tests/fixtures/job-runtime-fixtures';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '#tests/fixtures/test-database';

/**
 * Several app instances on one PostgreSQL (issue 7): each job runs once, each email goes out once,
 * and an instance killed mid-job loses nothing. PostgreSQL only: PGlite is one process by design.
 */
if (!postgresTestUrl) {
  console.warn(
    'job-runtime-instances: TEST_DATABASE_URL is not set, so the PostgreSQL-only tests are skipped.',
  );
}

const FAST = { retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, drainSeconds: 5 } as const;

describe.skipIf(!postgresTestUrl)('background jobs on several instances [postgres]', () => {
  let database: TestDatabase;
  let orgId: string;
  const cleanup: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    orgId = (await insertOrganisation(database.db, { slug: 'jobs', name: 'Jobs Ltd' })).id;
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    await database.drop();
  });

  /** A second app instance: its own connection pool to the same database. */
  async function anotherInstance(): Promise<Database> {
    if (database.jobsConnection.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const opened = await openDatabase({ databaseUrl: database.jobsConnection.url, dataDir: '' });
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    cleanup.push(opened.value.close);
    return opened.value;
  }

  async function startInstance(
    instance: Database,
    definitions: Parameters<typeof startJobRuntime>[2],
    options: Parameters<typeof startJobRuntime>[3] = FAST,
  ): Promise<JobRuntime> {
    const runtime = await startJobRuntime(
      jobDepsFor(instance),
      instance.jobsConnection,
      definitions,
      options,
    );
    cleanup.push(runtime.stop);
    return runtime;
  }

  it('two instances share the queue: every job runs once and every key is emailed once', async () => {
    const ranOn = new Map<string, string[]>();
    const job = (instance: string) =>
      sendKeysJob('test-send', {
        delayMs: 20,
        onRun: (data) => ranOn.set(data.run ?? '', [...(ranOn.get(data.run ?? '') ?? []), instance]),
      });
    // both start at once on a database pg-boss has never seen, as two replicas of a first deploy do
    const [a, b] = await Promise.all([
      anotherInstance().then((db) => startInstance(db, [job('a')])),
      anotherInstance().then((db) => startInstance(db, [job('b')])),
    ]);

    const runs = 24;
    // each run emails its own key and one of six keys other runs email too
    await Promise.all(
      Array.from({ length: runs }, (_, i) =>
        (i % 2 ? a : b).queue.enqueue(testJobName('test-send'), {
          orgId,
          run: `run-${i}`,
          keys: [`solo-${i}`, `shared-${i % 6}`],
        }),
      ),
    );
    await waitUntil('every run completed', async () => {
      return (await jobStates(database.db, 'test-send')).completed === runs;
    });

    expect(ranOn.size).toBe(runs);
    expect([...ranOn.values()].filter((on) => on.length !== 1)).toEqual([]);
    const instances = [...ranOn.values()].flat();
    expect(instances).toContain('a');
    expect(instances).toContain('b');

    const expected = [
      ...Array.from({ length: runs }, (_, i) => `solo-${i}@jobs.example`),
      ...Array.from({ length: 6 }, (_, i) => `shared-${i}@jobs.example`),
    ];
    const counts = await outboxCounts(database.db);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected.map((to) => [to, 1])));
    const [claims] = await select<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from sent_notifications where kind = 'test'`,
    );
    expect(claims?.n).toBe(expected.length);
  });

  it('an instance killed mid-job loses nothing: another finishes the work, sending nothing twice', async () => {
    if (database.jobsConnection.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const jobs = 4;
    const keysPerJob = 5;
    const all = Array.from({ length: jobs }, (_, j) => crashKeys(j, keysPerJob)).flat();
    const sentSoFar = async () =>
      [...(await outboxCounts(database.db)).keys()].filter((to) => to.startsWith('job')).length;

    const crashing = spawnInstance([
      database.jobsConnection.url,
      'send-keys',
      orgId,
      String(jobs),
      String(keysPerJob),
      '300',
    ]);
    cleanup.push(crashing.kill);
    await waitUntil('the first instance is in the middle of its second job', async () => {
      crashing.assertRunning();
      return (await sentSoFar()) >= keysPerJob + 2;
    });
    expect(await crashing.kill()).toBe('SIGKILL');

    const sentBeforeCrash = await sentSoFar();
    expect(sentBeforeCrash).toBeLessThan(all.length);
    const left = await jobStates(database.db, CRASH_QUEUE);
    expect(left.active).toBe(1); // the job it died in, still marked as running
    expect((left.completed ?? 0) + (left.active ?? 0) + (left.created ?? 0)).toBe(jobs);

    await startInstance(await anotherInstance(), [sendKeysJob(CRASH_QUEUE)], CRASH_RUNTIME_OPTIONS);
    await waitUntil(
      'the second instance completed every job, including the expired one',
      async () => (await jobStates(database.db, CRASH_QUEUE)).completed === jobs,
      20_000,
    );

    const counts = await outboxCounts(database.db);
    expect(Object.fromEntries([...counts].filter(([to]) => to.startsWith('job')))).toEqual(
      Object.fromEntries(all.map((key) => [`${key}@jobs.example`, 1])),
    );
    const [retried] = await select<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pgboss.job where name = ${CRASH_QUEUE} and retry_count > 0`,
    );
    expect(retried?.n).toBe(1); // only the interrupted job ran again
  });
});
