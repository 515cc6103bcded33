import type { JobDefinition, JobDeps } from '#jobs/job-definition';
import type { JobQueue } from '#server/job-queue';

/**
 * A queue that runs each job at once, in the caller's process, and waits for it: what tests use so
 * "send the check-in now" has visibly happened when the request returns. `serve` uses pg-boss.
 */
export function createInlineJobQueue(definitions: readonly JobDefinition[], deps: () => JobDeps): JobQueue {
  return {
    enqueue: async (name, data = {}) => {
      const job = definitions.find((d) => d.name === name);
      if (!job) throw new Error(`No job is called ${name}.`);
      await job.run(deps(), data);
    },
  };
}
