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
 * - The same rules apply to lessons already counted (`LessonCounts`, e.g. by the database): per teaching
 *   side and skill, the lessons and the distinct learners, and per teaching side the distinct learners
 *   of any skill. The rows above are counted that way first.
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
/** The lessons of one skill from one teaching side: how many, and how many distinct learners had them. */
export type SkillLessonCount = {
  readonly skill: string;
  readonly taughtBy: Side;
  readonly lessons: number;
  readonly learners: number;
};
/** Lessons counted per skill and per teaching side, in the skills' order. */
export type LessonCounts = {
  readonly skills: readonly SkillLessonCount[];
  /** The distinct learners of any skill, by the side that taught them. */
  readonly learnersTaughtBy: Readonly<Record<Side, number>>;
};
export type SkillLearned = { skill: string; lessons: number; learners: number };
export type LearnedBySide = {
  learners: Figure<{ learners: number }>;
  /** Only skills learned by at least the minimum number of people. */
  skills: SkillLearned[];
};
export type LearningExchange = { learnedBy: { mentee: LearnedBySide; mentor: LearnedBySide } };

const other = (side: Side): Side => (side === 'mentor' ? 'mentee' : 'mentor');

/** Counts lesson rows as `LessonCounts`: skills in the order they first appear. */
export function countLessons(rows: readonly LessonRow[]): LessonCounts {
  type Counting = { skill: string; taughtBy: Side; lessons: number; learners: Set<string> };
  const bySkill = new Map<string, Counting>();
  const learners: Record<Side, Set<string>> = { mentor: new Set(), mentee: new Set() };
  for (const row of rows) {
    learners[row.taughtBy].add(row.learnerId);
    const key = `${row.taughtBy}:${row.skill}`;
    const seen = bySkill.get(key);
    if (seen) {
      seen.lessons += row.lessons;
      seen.learners.add(row.learnerId);
    } else {
      const { skill, taughtBy, lessons, learnerId } = row;
      bySkill.set(key, { skill, taughtBy, lessons, learners: new Set([learnerId]) });
    }
  }
  return {
    skills: [...bySkill.values()].map((s) => ({
      skill: s.skill,
      taughtBy: s.taughtBy,
      lessons: s.lessons,
      learners: s.learners.size,
    })),
    learnersTaughtBy: { mentor: learners.mentor.size, mentee: learners.mentee.size },
  };
}

function learnedBy(side: Side, counts: LessonCounts, min: number): LearnedBySide {
  const learners = counts.learnersTaughtBy[other(side)];
  const skills = counts.skills
    .filter((s) => s.taughtBy === other(side))
    .flatMap((s) => {
      const figure = figureOfPeople(s.learners, min, () => ({
        skill: s.skill,
        lessons: s.lessons,
        learners: s.learners,
      }));
      return figure.suppressed
        ? []
        : [{ skill: figure.skill, lessons: figure.lessons, learners: figure.learners }];
    });
  skills.sort((a, b) => b.learners - a.learners || b.lessons - a.lessons || a.skill.localeCompare(b.skill));
  return { learners: figureOfPeople(learners, min, () => ({ learners })), skills };
}

/** What each side learned from the other, from lesson rows or lessons already counted; see the rules above. */
export function learningExchange(
  lessons: readonly LessonRow[] | LessonCounts,
  options: { readonly minGroupSize: number },
): LearningExchange {
  const counts = Array.isArray(lessons) ? countLessons(lessons) : (lessons as LessonCounts);
  return {
    learnedBy: {
      mentee: learnedBy('mentee', counts, options.minGroupSize),
      mentor: learnedBy('mentor', counts, options.minGroupSize),
    },
  };
}
