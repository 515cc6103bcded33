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

/** overlapMinutes on two slices [i, iEnd) and [j, jEnd) of flattened interval lists. */
function overlapIn(a: Int32Array, i0: number, iEnd: number, b: Int32Array, j0: number, jEnd: number): number {
  let i = i0;
  let j = j0;
  let total = 0;
  while (i < iEnd && j < jEnd) {
    const start = Math.max(a[i]!, b[j]!);
    const end = Math.min(a[i + 1]!, b[j + 1]!);
    if (end > start) total += end - start;
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return total;
}

export const sharedAvailability: Criterion = {
  id: 'availability',
  label: 'Shared availability',
  defaultWeight: 15,
  compile: ({ prepared, mentors, mentees }) => {
    const full = MEETINGS_FOR_FULL_SCORE * prepared.cohort.program.meetingMinutes;
    const a = mentors.availability;
    const b = mentees.availability;
    return (m, e) => {
      const i0 = a.start[m]!;
      const iEnd = a.start[m + 1]!;
      const j0 = b.start[e]!;
      const jEnd = b.start[e + 1]!;
      if (i0 === iEnd || j0 === jEnd) return Number.NaN;
      return Math.min(1, overlapIn(a.id, i0, iEnd, b.id, j0, jEnd) / full);
    };
  },
  explainer: () => (mentor, mentee) => {
    if (mentor.availability.length === 0 || mentee.availability.length === 0) return undefined;
    const minutes = overlapMinutes(mentor.availability, mentee.availability);
    if (minutes === 0) return 'no shared availability';
    return `${hours(minutes)} of shared availability a week`;
  },
};
