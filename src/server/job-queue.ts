/**
 * The port through which a request asks for background work (issue 7), e.g. "send this check-in's
 * invitations now". The server never sees pg-boss: `serve` passes the pg-boss queue from `src/jobs`,
 * tests pass a queue that runs the job at once.
 */
export const JOB_NAMES = [
  'meeting-reminders',
  'agreement-nudges',
  'survey-invitations',
  'quiet-pair-nudges',
  'hr-digest',
  'closing-thanks',
  'retention-purge',
  'planner-statistics',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

export type JobQueue = {
  /** Queues one run of the job; it runs once even with several app instances. */
  readonly enqueue: (name: JobName, data?: Readonly<Record<string, unknown>>) => Promise<void>;
};
