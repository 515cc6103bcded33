import { agreementNudges } from '#jobs/agreement-nudges';
import { closingThanks } from '#jobs/closing-thanks';
import { hrDigest } from '#jobs/hr-digest';
import type { JobDefinition } from '#jobs/job-definition';
import { meetingReminders } from '#jobs/meeting-reminders';
import { plannerStatistics } from '#jobs/planner-statistics';
import { quietPairNudges } from '#jobs/quiet-pair-nudges';
import { retentionPurge } from '#jobs/retention-purge';
import { surveyInvitations } from '#jobs/survey-invitations';

/** Every background job the product runs, each with its schedule. */
export const JOBS: readonly JobDefinition[] = [
  meetingReminders,
  agreementNudges,
  quietPairNudges,
  hrDigest,
  surveyInvitations,
  closingThanks,
  retentionPurge,
  plannerStatistics,
];
