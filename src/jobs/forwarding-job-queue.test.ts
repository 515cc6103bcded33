import { describe, expect, it } from 'vitest';
import { createForwardingJobQueue } from '#jobs/forwarding-job-queue';
import type { JobName, JobQueue } from '#server/job-queue';

describe('the queue serve gives the app before the job runtime runs', () => {
  it('holds a job queued before the runtime is up, then hands it over', async () => {
    const forwarding = createForwardingJobQueue();
    const handed: [JobName, unknown][] = [];
    const runtime: JobQueue = { enqueue: async (name, data) => void handed.push([name, data]) };
    const queued = forwarding.queue.enqueue('survey-invitations', { surveyId: 's-1' });
    await Promise.resolve();
    expect(handed).toEqual([]);
    forwarding.attach(runtime);
    await queued;
    await forwarding.queue.enqueue('hr-digest');
    expect(handed).toEqual([
      ['survey-invitations', { surveyId: 's-1' }],
      ['hr-digest', undefined],
    ]);
  });

  it('fails what was queued, and what comes after, when the runtime cannot start', async () => {
    const forwarding = createForwardingJobQueue();
    const queued = forwarding.queue.enqueue('meeting-reminders');
    forwarding.fail(new Error('Background jobs could not start.'));
    await expect(queued).rejects.toThrow('Background jobs could not start.');
    await expect(forwarding.queue.enqueue('hr-digest')).rejects.toThrow('Background jobs could not start.');
  });
});
