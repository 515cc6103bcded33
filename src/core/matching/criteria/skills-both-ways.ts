import type { Criterion } from '../criterion';

/**
 * What the mentee wants to learn against what the mentor can teach, and the other way round.
 * A wanted skill's level is the learner's level today; a teacher counts for it only above that
 * level, fully from two levels above. Each direction covers up to three wishes.
 */
const WISHES_FOR_FULL_SCORE = 3;

function teachable(teacher: ReadonlyMap<string, number>, learner: ReadonlyMap<string, number>): string[] {
  const skills: string[] = [];
  for (const [skill, level] of learner) if ((teacher.get(skill) ?? 0) > level) skills.push(skill);
  return skills;
}

export function directionScore(
  teacher: ReadonlyMap<string, number>,
  learner: ReadonlyMap<string, number>,
): number {
  if (learner.size === 0) return 0;
  let gain = 0;
  for (const [skill, level] of learner) {
    const taught = teacher.get(skill);
    if (taught !== undefined && taught > level) gain += Math.min(1, (taught - level) / 2);
  }
  return Math.min(1, gain / Math.min(learner.size, WISHES_FOR_FULL_SCORE));
}

export const skillsBothWays: Criterion = {
  id: 'skills',
  label: 'Skills, both ways',
  defaultWeight: 40,
  prepare: ({ displayName }) => ({
    score: (mentor, mentee) => {
      const up = directionScore(mentor.offers, mentee.wants);
      const down = directionScore(mentee.offers, mentor.wants);
      // Reverse mentoring is two-way: the mentor teaching carries more, teaching back still counts.
      return 0.6 * up + 0.4 * down;
    },
    explain: (mentor, mentee) => {
      const up = teachable(mentor.offers, mentee.wants).map(displayName);
      const down = teachable(mentee.offers, mentor.wants).map(displayName);
      if (up.length > 0 && down.length > 0) {
        return `both want to learn from each other: ${up.join(', ')} ↔ ${down.join(', ')}`;
      }
      if (up.length > 0) return `the mentor can teach ${up.join(', ')}`;
      if (down.length > 0) return `the mentee can teach ${down.join(', ')} (nothing taught the other way)`;
      return 'no skills to exchange';
    },
  }),
};
