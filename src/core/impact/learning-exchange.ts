import { figureOfPeople } from '#core/impact/impact-figures';
import type { Side } from '#core/programs/intake-form';
import type { Figure } from '#core/surveys/suppression';

/**
 * Learning, both ways (issue 8): the skills each side learned, from what the pairs logged as taught in
 * their meetings. In reverse mentoring the mentor (junior) teaches the mentee (senior) tools and trends,
 * and the mentee teaches leadership and strategy back.
 *
 * - A lesson is one logged "this side taught this skill in this meeting" row; the learner is the other
 *   person of the pair. The caller passes lessons from held meetings only, counted per skill, teaching
 *   side and learner (a row stands for `lessons` lessons).
 * - For each side that learned: how many distinct people learned anything, and for each skill the
 *   lessons and the distinct learners, most learners first (then most lessons, then by name).
 * - Suppression (suppression.ts): each figure is about its distinct learners. A skill learned by fewer
 *   than `minGroupSize` people is left out entirely — its name would say what someone learned. No total
 *   of lessons is given, so a left-out skill's lessons cannot be worked out by subtraction; skills
 *   overlap in people, so the learner counts do not add up to one another either.
 */
export type LessonRow = {
  /** The organisation's name for the skill (unique within it). */
  readonly skill: string;
  readonly taughtBy: Side;
  /** The person of the pair on the other side. */
  readonly learnerId: string;
  /** How many lessons of this skill the learner had from this side (at least 1). */
  readonly lessons: number;
};
export type SkillLearned = { skill: string; lessons: number; learners: number };
export type LearnedBySide = {
  learners: Figure<{ learners: number }>;
  /** Only skills learned by at least the minimum number of people. */
  skills: SkillLearned[];
};
export type LearningExchange = { learnedBy: { mentee: LearnedBySide; mentor: LearnedBySide } };

const other = (side: Side): Side => (side === 'mentor' ? 'mentee' : 'mentor');

function learnedBy(side: Side, lessons: readonly LessonRow[], min: number): LearnedBySide {
  const mine = lessons.filter((l) => other(l.taughtBy) === side);
  const learners = new Set(mine.map((l) => l.learnerId)).size;
  const bySkill = new Map<string, LessonRow[]>();
  for (const lesson of mine) {
    const rows = bySkill.get(lesson.skill);
    if (rows) rows.push(lesson);
    else bySkill.set(lesson.skill, [lesson]);
  }
  const skills = [...bySkill].flatMap(([skill, rows]) => {
    const figure = figureOfPeople(new Set(rows.map((r) => r.learnerId)).size, min, () => ({
      skill,
      lessons: rows.reduce((sum, r) => sum + r.lessons, 0),
      learners: new Set(rows.map((r) => r.learnerId)).size,
    }));
    return figure.suppressed
      ? []
      : [{ skill: figure.skill, lessons: figure.lessons, learners: figure.learners }];
  });
  skills.sort((a, b) => b.learners - a.learners || b.lessons - a.lessons || a.skill.localeCompare(b.skill));
  return { learners: figureOfPeople(learners, min, () => ({ learners })), skills };
}

/** What each side learned from the other; see the rules above. */
export function learningExchange(
  lessons: readonly LessonRow[],
  options: { readonly minGroupSize: number },
): LearningExchange {
  return {
    learnedBy: {
      mentee: learnedBy('mentee', lessons, options.minGroupSize),
      mentor: learnedBy('mentor', lessons, options.minGroupSize),
    },
  };
}
