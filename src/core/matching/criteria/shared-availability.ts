import type { Criterion } from '../criterion';
import { overlapMinutes } from '../time-zones';

/**
 * Weekly availability overlap across time zones, in UTC minutes; full score at three meetings' worth
 * of shared time. Drops out when either person gave no availability.
 */
const MEETINGS_FOR_FULL_SCORE = 3;

function hours(minutes: number): string {
  const h = Math.round((minutes / 60) * 10) / 10;
  return `${h} hour${h === 1 ? '' : 's'}`;
}

export const sharedAvailability: Criterion = {
  id: 'availability',
  label: 'Shared availability',
  defaultWeight: 15,
  prepare: ({ cohort }) => {
    const full = MEETINGS_FOR_FULL_SCORE * cohort.program.meetingMinutes;
    return {
      score: (mentor, mentee) => {
        if (mentor.availability.length === 0 || mentee.availability.length === 0) return Number.NaN;
        return Math.min(1, overlapMinutes(mentor.availability, mentee.availability) / full);
      },
      explain: (mentor, mentee) => {
        if (mentor.availability.length === 0 || mentee.availability.length === 0) return undefined;
        const minutes = overlapMinutes(mentor.availability, mentee.availability);
        if (minutes === 0) return 'no shared availability';
        return `${hours(minutes)} of shared availability a week`;
      },
    };
  },
};
