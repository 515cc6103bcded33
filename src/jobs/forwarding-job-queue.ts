import type { JobQueue } from '#server/job-queue';

/**
 * The queue `serve` gives the app before pg-boss runs: the app is built (and listening) first, the
 * job runtime starts after. A request that queues a job in that moment waits for the runtime; if it
 * cannot start, the request fails with that reason instead of waiting for ever.
 */
export function createForwardingJobQueue(): {
  readonly queue: JobQueue;
  readonly attach: (runtime: JobQueue) => void;
  readonly fail: (reason: Error) => void;
} {
  let attach: (runtime: JobQueue) => void = () => {};
  let fail: (reason: Error) => void = () => {};
  const runtime = new Promise<JobQueue>((resolve, reject) => {
    attach = resolve;
    fail = reject;
  });
  runtime.catch(() => {}); // reported to whoever enqueues; nobody may have
  return {
    queue: { enqueue: async (name, data) => (await runtime).enqueue(name, data) },
    attach,
    fail,
  };
}
