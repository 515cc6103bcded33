import type { Criterion } from '../criterion';

/**
 * Reverse programs want the mentor below the mentee by at least the program's gap; traditional and
 * group programs want the opposite; peer programs ignore levels (the criterion drops out).
 */
export const seniorityInversion: Criterion = {
  id: 'seniority',
  label: 'Seniority inversion',
  defaultWeight: 10,
  prepare: ({ cohort }) => {
    const { type, seniorityGap } = cohort.program;
    const direction = type === 'reverse' ? 1 : type === 'peer' ? 0 : -1;
    const gapOf = (mentorLevel: number, menteeLevel: number): number =>
      direction * (menteeLevel - mentorLevel);
    return {
      score: (mentor, mentee) => {
        if (direction === 0) return Number.NaN;
        const gap = gapOf(mentor.participant.level, mentee.participant.level);
        if (gap >= seniorityGap && gap > 0) return 1;
        return gap > 0 ? 0.5 : 0;
      },
      explain: (mentor, mentee) => {
        if (direction === 0) return undefined;
        const gap = gapOf(mentor.participant.level, mentee.participant.level);
        const word = direction > 0 ? 'junior' : 'senior';
        if (gap <= 0) return `the mentor is not ${word} to the mentee`;
        return `the mentor is ${gap} level${gap === 1 ? '' : 's'} ${word}${gap < seniorityGap ? ` (program asks for ${seniorityGap})` : ''}`;
      },
    };
  },
};
