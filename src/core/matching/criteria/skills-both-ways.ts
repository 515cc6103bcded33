import type { SkillLists } from '../compiled-cohort';
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

/** How much teacher `t` (offers) covers learner `l`'s wishes (wants), 0..1. */
export function directionScore(offers: SkillLists, t: number, wants: SkillLists, l: number): number {
  const start = wants.start[l]!;
  const end = wants.start[l + 1]!;
  if (start === end) return 0;
  const tStart = offers.start[t]!;
  const tEnd = offers.start[t + 1]!;
  let gain = 0;
  for (let w = start; w < end; w++) {
    const skill = wants.id[w]!;
    const level = wants.level[w]!;
    for (let o = tStart; o < tEnd; o++) {
      if (offers.id[o] !== skill) continue;
      const taught = offers.level[o]!;
      if (taught > level) gain += Math.min(1, (taught - level) / 2);
      break;
    }
  }
  return Math.min(1, gain / Math.min(end - start, WISHES_FOR_FULL_SCORE));
}

export const skillsBothWays: Criterion = {
  id: 'skills',
  label: 'Skills, both ways',
  defaultWeight: 40,
  compile:
    ({ mentors, mentees }) =>
    (m, e) => {
      const up = directionScore(mentors.offers, m, mentees.wants, e);
      const down = directionScore(mentees.offers, e, mentors.wants, m);
      // Reverse mentoring is two-way: the mentor teaching carries more, teaching back still counts.
      return 0.6 * up + 0.4 * down;
    },
  explainer:
    ({ displayName }) =>
    (mentor, mentee) => {
      const up = teachable(mentor.offers, mentee.wants).map(displayName);
      const down = teachable(mentee.offers, mentor.wants).map(displayName);
      if (up.length > 0 && down.length > 0) {
        return `both want to learn from each other: ${up.join(', ')} ↔ ${down.join(', ')}`;
      }
      if (up.length > 0) return `the mentor can teach ${up.join(', ')}`;
      if (down.length > 0) return `the mentee can teach ${down.join(', ')} (nothing taught the other way)`;
      return 'no skills to exchange';
    },
};
