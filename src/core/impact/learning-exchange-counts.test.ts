import { describe, expect, it } from 'vitest';
import {
  countLessons,
  type LessonCounts,
  type LessonRow,
  learningExchange,
} from '#core/impact/learning-exchange';

/** `learners` each learn `skill` once from the other side; taughtBy is the teacher's side. */
const taught = (skill: string, taughtBy: LessonRow['taughtBy'], learners: string[]): LessonRow[] =>
  learners.map((learnerId) => ({ skill, taughtBy, learnerId, lessons: 1 }));

/**
 * Seniors (mentees) learned from juniors: Generative AI s1–s6 with s1 twice (one row of 2 lessons),
 * Blockchain s1, s2. Juniors (mentors) learned Stakeholder management from seniors: j1–j5.
 */
const ROWS: LessonRow[] = [
  ...taught('Generative AI', 'mentor', ['s1', 's2', 's3', 's4', 's5', 's6']),
  { skill: 'Generative AI', taughtBy: 'mentor', learnerId: 's1', lessons: 2 },
  ...taught('Stakeholder management', 'mentee', ['j1', 'j2', 'j3', 'j4', 'j5']),
  ...taught('Blockchain', 'mentor', ['s1', 's2']),
];

/** The same lessons counted by hand, as the database counts them. */
const COUNTED: LessonCounts = {
  skills: [
    { skill: 'Blockchain', taughtBy: 'mentor', lessons: 2, learners: 2 },
    { skill: 'Generative AI', taughtBy: 'mentor', lessons: 8, learners: 6 },
    { skill: 'Stakeholder management', taughtBy: 'mentee', lessons: 5, learners: 5 },
  ],
  learnersTaughtBy: { mentor: 6, mentee: 5 },
};

describe('countLessons', () => {
  it('counts lessons and distinct learners per skill and teaching side, and learners per side', () => {
    const counts = countLessons(ROWS);
    expect(counts.learnersTaughtBy).toEqual({ mentor: 6, mentee: 5 });
    expect(counts.skills).toEqual([
      { skill: 'Generative AI', taughtBy: 'mentor', lessons: 8, learners: 6 },
      { skill: 'Stakeholder management', taughtBy: 'mentee', lessons: 5, learners: 5 },
      { skill: 'Blockchain', taughtBy: 'mentor', lessons: 2, learners: 2 },
    ]);
  });

  it('keeps a skill of the same name taught by each side apart', () => {
    const counts = countLessons([
      ...taught('Negotiation', 'mentor', ['a']),
      ...taught('Negotiation', 'mentee', ['b', 'c']),
    ]);
    expect(counts.skills).toEqual([
      { skill: 'Negotiation', taughtBy: 'mentor', lessons: 1, learners: 1 },
      { skill: 'Negotiation', taughtBy: 'mentee', lessons: 2, learners: 2 },
    ]);
  });
});

describe('learningExchange from counted lessons', () => {
  it('gives the same figures from counts as from rows, small skills left out', () => {
    const fromCounts = learningExchange(COUNTED, { minGroupSize: 5 });
    expect(fromCounts).toEqual(learningExchange(ROWS, { minGroupSize: 5 }));
    expect(fromCounts.learnedBy).toEqual({
      mentee: {
        learners: { suppressed: false, learners: 6 },
        skills: [{ skill: 'Generative AI', lessons: 8, learners: 6 }],
      },
      mentor: {
        learners: { suppressed: false, learners: 5 },
        skills: [{ skill: 'Stakeholder management', lessons: 5, learners: 5 }],
      },
    });
  });

  it('hides a side whose learners are fewer than the minimum', () => {
    const { mentor } = learningExchange(COUNTED, { minGroupSize: 6 }).learnedBy;
    expect(mentor.learners.suppressed).toBe(true);
    expect(mentor.skills).toEqual([]);
  });
});
