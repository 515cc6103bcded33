import type { Criterion } from '../criterion';
import type { PreparedCohort } from '../prepared-cohort';

/**
 * Reverse programs want the mentor below the mentee by at least the program's gap; traditional and
 * group programs want the opposite; peer programs ignore levels (the criterion drops out).
 */
const directionOf = ({ cohort }: PreparedCohort): number =>
  cohort.program.type === 'reverse' ? 1 : cohort.program.type === 'peer' ? 0 : -1;

export const seniorityInversion: Criterion = {
  id: 'seniority',
  label: 'Seniority inversion',
  defaultWeight: 10,
  compile: ({ prepared, mentors, mentees }) => {
    const direction = directionOf(prepared);
    const { seniorityGap } = prepared.cohort.program;
    return (m, e) => {
      if (direction === 0) return Number.NaN;
      const gap = direction * (mentees.level[e]! - mentors.level[m]!);
      if (gap >= seniorityGap && gap > 0) return 1;
      return gap > 0 ? 0.5 : 0;
    };
  },
  explainer: (prepared) => {
    const direction = directionOf(prepared);
    const { seniorityGap } = prepared.cohort.program;
    return (mentor, mentee) => {
      if (direction === 0) return undefined;
      const gap = direction * (mentee.participant.level - mentor.participant.level);
      const word = direction > 0 ? 'junior' : 'senior';
      if (gap <= 0) return `the mentor is not ${word} to the mentee`;
      return `the mentor is ${gap} level${gap === 1 ? '' : 's'} ${word}${gap < seniorityGap ? ` (program asks for ${seniorityGap})` : ''}`;
    };
  },
};
