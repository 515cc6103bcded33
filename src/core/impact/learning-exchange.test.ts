import { describe, expect, it } from 'vitest';
import { type LessonRow, learningExchange } from '#core/impact/learning-exchange';

/** `learners` each learn `skill` once from the other side; taughtBy is the teacher's side. */
const taught = (skill: string, taughtBy: LessonRow['taughtBy'], learners: string[]): LessonRow[] =>
  learners.map((learnerId) => ({ skill, taughtBy, learnerId, lessons: 1 }));

/**
 * Seniors (mentees) learned from juniors:
 *   Generative AI   s1–s6, s1 twice        -> 6 learners, 7 lessons
 *   Social media    s1–s5                  -> 5 learners, 5 lessons
 *   Blockchain      s1 twice, s2           -> 2 learners: left out
 *   Seniors who learned anything: s1–s6 = 6.
 * Juniors (mentors) learned from seniors:
 *   Stakeholder management  j1–j5          -> 5 learners, 5 lessons
 *   Capital allocation      j1–j3          -> 3 learners: left out
 *   Juniors who learned anything: j1–j5 = 5.
 */
const LESSONS: LessonRow[] = [
  ...taught('Generative AI', 'mentor', ['s1', 's2', 's3', 's4', 's5', 's6', 's1']),
  ...taught('Social media', 'mentor', ['s1', 's2', 's3', 's4', 's5']),
  ...taught('Blockchain', 'mentor', ['s1', 's1', 's2']),
  ...taught('Stakeholder management', 'mentee', ['j1', 'j2', 'j3', 'j4', 'j5']),
  ...taught('Capital allocation', 'mentee', ['j1', 'j2', 'j3']),
];

describe('learningExchange', () => {
  it('lists the skills each side learned with lessons and distinct learners, by hand', () => {
    const { learnedBy } = learningExchange(LESSONS, { minGroupSize: 5 });
    expect(learnedBy.mentee).toEqual({
      learners: { suppressed: false, learners: 6 },
      skills: [
        { skill: 'Generative AI', lessons: 7, learners: 6 },
        { skill: 'Social media', lessons: 5, learners: 5 },
      ],
    });
    expect(learnedBy.mentor).toEqual({
      learners: { suppressed: false, learners: 5 },
      skills: [{ skill: 'Stakeholder management', lessons: 5, learners: 5 }],
    });
  });

  it('leaves out, by name too, a skill learned by fewer people than the minimum', () => {
    const text = JSON.stringify(learningExchange(LESSONS, { minGroupSize: 5 }));
    expect(text).not.toContain('Blockchain');
    expect(text).not.toContain('Capital allocation');
    // At a minimum of 2 they appear.
    const two = learningExchange(LESSONS, { minGroupSize: 2 }).learnedBy;
    expect(two.mentee.skills.at(-1)).toEqual({ skill: 'Blockchain', lessons: 3, learners: 2 });
    expect(two.mentor.skills.at(-1)).toEqual({ skill: 'Capital allocation', lessons: 3, learners: 3 });
  });

  it('hides a side whose learners are fewer than the minimum, with all of its skills', () => {
    const few = learningExchange(taught('Generative AI', 'mentor', ['s1', 's2', 's3', 's4']), {
      minGroupSize: 5,
    });
    expect(few.learnedBy.mentee).toEqual({
      learners: expect.objectContaining({ suppressed: true, reason: 'small_group' }),
      skills: [],
    });
    expect(few.learnedBy.mentor.learners).toMatchObject({ suppressed: true, reason: 'no_answers' });
  });

  it('orders skills by learners, then lessons, then name', () => {
    const people = ['a', 'b'];
    const { skills } = learningExchange(
      [
        ...taught('Zoom', 'mentor', people),
        ...taught('Excel', 'mentor', people),
        ...taught('Miro', 'mentor', [...people, 'a']),
        ...taught('Slack', 'mentor', [...people, 'c']),
      ],
      { minGroupSize: 1 },
    ).learnedBy.mentee;
    expect(skills.map((s) => s.skill)).toEqual(['Slack', 'Miro', 'Excel', 'Zoom']);
  });

  it('adds up the lessons a row stands for', () => {
    const rows = taught('Data', 'mentor', ['a', 'b', 'c', 'd', 'e']).map((r, i) => ({
      ...r,
      lessons: i + 1,
    }));
    expect(learningExchange(rows, { minGroupSize: 5 }).learnedBy.mentee.skills).toEqual([
      { skill: 'Data', lessons: 15, learners: 5 },
    ]);
  });
});
