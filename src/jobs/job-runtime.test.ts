import { sql } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import type { JobDefinition } from '#jobs/job-definition';
import { type JobLogger, type JobRuntime, startJobRuntime } from '#jobs/job-runtime';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import {
  jobDepsFor,
  jobStates,
  select,
  sleep,
  testJobName,
  waitUntil,
} from '#tests/fixtures/job-runtime-fixtures';

/** Short enough that a retry happens within the test; the product uses 30 s doubling. */
const FAST = { retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, drainSeconds: 5 } as const;

type LogLine = { level: 'warn' | 'error'; obj: object; msg: string };
function memoryLogger(): JobLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
  };
}

describeEachDriver('the background-job runtime (pg-boss)', (database) => {
  let running: JobRuntime | undefined;
  const start = async (definitions: readonly JobDefinition[], logger?: JobLogger) => {
    running = await startJobRuntime(jobDepsFor(database()), database().jobsConnection, definitions, {
      ...FAST,
      ...(logger ? { logger } : {}),
    });
    return running;
  };
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('runs an enqueued job once, with its data', async () => {
    const seen: unknown[] = [];
    const runtime = await start([
      { name: testJobName('test-echo'), run: async (_deps, data) => void seen.push(data) },
    ]);
    await runtime.queue.enqueue(testJobName('test-echo'), { surveyId: 's-1' });
    await waitUntil('the job ran', () => seen.length > 0);
    await waitUntil('pg-boss marked it completed', async () => {
      return (await jobStates(database().db, 'test-echo')).completed === 1;
    });
    expect(seen).toEqual([{ surveyId: 's-1' }]);
  });

  it('refuses a job it does not know, and any job once stopping', async () => {
    const runtime = await start([{ name: testJobName('test-known'), run: async () => {} }]);
    await expect(runtime.queue.enqueue(testJobName('test-unknown'))).rejects.toThrow(
      'No job is called test-unknown.',
    );
    await runtime.stop();
    await expect(runtime.queue.enqueue(testJobName('test-known'))).rejects.toThrow(/stopping/);
  });

  it('retries a job that throws, with backoff, and logs the failure without the job data', async () => {
    const attempts: number[] = [];
    const logger = memoryLogger();
    const runtime = await start(
      [
        {
          name: testJobName('test-flaky'),
          run: async () => {
            attempts.push(Date.now());
            if (attempts.length === 1) throw new Error('The mail server is away.');
          },
        },
      ],
      logger,
    );
    await runtime.queue.enqueue(testJobName('test-flaky'), { note: 'private words' });
    await waitUntil('the retry succeeded', async () => {
      return (await jobStates(database().db, 'test-flaky')).completed === 1;
    });
    expect(attempts).toHaveLength(2);
    const [first = 0, second = 0] = attempts;
    expect(second - first).toBeGreaterThanOrEqual(900); // waited for the retry delay
    const warnings = logger.lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toBe('The test-flaky job failed; it will be retried.');
    expect(warnings[0]?.obj).toMatchObject({
      job: 'test-flaky',
      attempt: 1,
      error: 'The mail server is away.',
    });
    expect(JSON.stringify(logger.lines)).not.toContain('private words');
  });

  it('gives up after the retry limit and says so', async () => {
    let attempts = 0;
    const logger = memoryLogger();
    running = await startJobRuntime(
      jobDepsFor(database()),
      database().jobsConnection,
      [
        {
          name: testJobName('test-broken'),
          run: async () => {
            attempts += 1;
            throw new Error('Still broken.');
          },
        },
      ],
      { ...FAST, retryLimit: 1, retryDelaySeconds: 0, logger },
    );
    await running.queue.enqueue(testJobName('test-broken'));
    await waitUntil('the job failed for good', async () => {
      return (await jobStates(database().db, 'test-broken')).failed === 1;
    });
    expect(attempts).toBe(2);
    expect(logger.lines.map((l) => l.level)).toEqual(['warn', 'error']);
    expect(logger.lines[1]?.msg).toBe('The test-broken job failed on its last try; it will not be retried.');
  });

  it('registers each cron in UTC with pg-boss, and an instance fires it once per tick', async () => {
    let ticks = 0;
    const definitions: JobDefinition[] = [
      {
        name: testJobName('test-every-minute'),
        cron: '* * * * *',
        run: async () => {
          ticks += 1;
        },
      },
      { name: testJobName('test-on-demand'), run: async () => {} },
    ];
    const first = await start(definitions);
    const schedules = await select<{ name: string; cron: string; timezone: string }>(
      database().db,
      sql`select name, cron, timezone from pgboss.schedule order by name`,
    );
    expect(schedules).toEqual([{ name: 'test-every-minute', cron: '* * * * *', timezone: 'UTC' }]);
    await first.stop();
    // pg-boss looks at the schedules when an instance starts, then at most every 30 s across all
    // instances; the runtimes above just looked, so clear the mark as if that time had passed.
    await database().db.execute(sql`update pgboss.version set cron_on = null`);
    await start(definitions);
    await waitUntil('the cron fired', () => ticks > 0, 15_000);
    await sleep(1_000);
    expect(ticks).toBe(1);
  });

  it('stop() lets a job in progress finish before it returns', async () => {
    let started = false;
    let finished = false;
    const runtime = await start([
      {
        name: testJobName('test-slow'),
        run: async () => {
          started = true;
          await sleep(1_500);
          finished = true;
        },
      },
    ]);
    await runtime.queue.enqueue(testJobName('test-slow'));
    await waitUntil('the job started', () => started);
    await runtime.stop();
    expect(finished).toBe(true);
    expect(await jobStates(database().db, 'test-slow')).toEqual({ completed: 1 });
  });
});
