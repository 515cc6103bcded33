import type { Criterion } from './criterion';
import { commonLanguage } from './criteria/common-language';
import { meetingMode } from './criteria/meeting-mode';
import { perspective } from './criteria/perspective';
import { seniorityInversion } from './criteria/seniority-inversion';
import { sharedAvailability } from './criteria/shared-availability';
import { skillsBothWays } from './criteria/skills-both-ways';
import { statedPreferences } from './criteria/stated-preferences';

/** Every scoring criterion, in the order explanations mention them. Add one here to add a criterion. */
export const criteria: readonly Criterion[] = [
  skillsBothWays,
  seniorityInversion,
  perspective,
  sharedAvailability,
  meetingMode,
  commonLanguage,
  statedPreferences,
];
