import type { JobDefinition } from '#jobs/job-definition';
import { purgeExpiredPrograms } from '#server/use-cases/purge-expired-programs';

/**
 * Daily at 03:30 UTC: programs closed longer than their organisation's retention period lose their
 * personal content (issue 9). Idempotent: a purged program is marked and never looked at again.
 */
export const retentionPurge: JobDefinition = {
  name: 'retention-purge',
  cron: '30 3 * * *',
  run: async (deps) => {
    await purgeExpiredPrograms(deps.database, deps.now());
  },
};
