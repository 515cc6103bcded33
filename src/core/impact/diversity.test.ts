import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DiversityParticipant,
  type DiversityQuestion,
  diversityOfParticipation,
} from '#core/impact/diversity';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { intakeFormSchema, type Side } from '#core/programs/intake-form';

const FORM = defaultIntakeForm();
let next = 0;
const people = (n: number, side: Side, answer: unknown, consented = true): DiversityParticipant[] =>
  Array.from({ length: n }, () => ({ personId: `p${next++}`, side, consented, answers: { gender: answer } }));

/**
 * Gender (single choice), consented answers only:
 *   mentors: Woman 6, Man 5, Non-binary 1              -> 12 respondents
 *   mentees: Woman 3, Man 7, Prefer not to say 1       -> 11 respondents
 * Not counted: 2 mentors who answered Non-binary without consent, a consented mentor who skipped the
 * question, a consented mentor with an answer that is not an option.
 *
 *               all   mentor  mentee
 *   respondents  23     12      11
 *   Woman         9      6       3
 *   Man          12      5       7
 *   Non-binary    1      1       0
 *   Another way   0      0       0
 *   Prefer not    1      0       1
 *
 * Suppression at 5, relation by relation (everyone = mentors + mentees per row, then each column = the
 * sum of its options), until nothing changes:
 *   Woman: mentees 3 small -> mentors 6 hidden too (complementary).
 *   Column "all": Non-binary 1 + Prefer not 1 hidden = 2 < 5 -> smallest shown, Woman 9, hidden.
 *   Column "mentee": Woman 3 + Prefer not 1 = 4 < 5 -> Man 7 hidden.
 *   Man: mentees now hidden alone -> mentors 5 hidden.
 *   Then every sum hides 5 or more people, or nothing: done.
 */
const COHORT = [
  ...people(6, 'mentor', 'Woman'),
  ...people(5, 'mentor', 'Man'),
  ...people(1, 'mentor', 'Non-binary'),
  ...people(2, 'mentor', 'Non-binary', false),
  ...people(1, 'mentor', undefined),
  ...people(1, 'mentor', 'Robot'),
  ...people(3, 'mentee', 'Woman'),
  ...people(7, 'mentee', 'Man'),
  ...people(1, 'mentee', 'Prefer not to say'),
];
type Cell = DiversityQuestion['respondents']['overall'];
const cell = (f: Cell) => (f.suppressed ? f.reason : f.people);
const rows = (q: DiversityQuestion) => [
  [
    'respondents',
    cell(q.respondents.overall),
    cell(q.respondents.bySide.mentor),
    cell(q.respondents.bySide.mentee),
  ],
  ...q.options.map((o) => [o.option, cell(o.overall), cell(o.bySide.mentor), cell(o.bySide.mentee)]),
];
const gender = (participants: DiversityParticipant[], min: number) =>
  diversityOfParticipation(FORM, participants, { minGroupSize: min }).find((q) => q.questionId === 'gender')!;

describe('diversityOfParticipation', () => {
  it('counts consented answers only, per option and side, by hand', () => {
    expect(rows(gender(COHORT, 1))).toEqual([
      ['respondents', 23, 12, 11],
      ['Woman', 9, 6, 3],
      ['Man', 12, 5, 7],
      ['Non-binary', 1, 1, 0],
      ['In another way', 0, 0, 0],
      ['Prefer not to say', 1, 0, 1],
    ]);
  });

  it('hides small cells and, along every sum, the cells they could be worked out from', () => {
    expect(rows(gender(COHORT, 5))).toEqual([
      ['respondents', 23, 12, 11],
      ['Woman', 'complementary', 'complementary', 'small_group'],
      ['Man', 12, 'complementary', 'complementary'],
      ['Non-binary', 'small_group', 'small_group', 0],
      ['In another way', 0, 0, 0],
      ['Prefer not to say', 'small_group', 0, 'small_group'],
    ]);
  });

  it('reports only sensitive choice questions, never text, and counts nobody who did not consent', () => {
    const questions = diversityOfParticipation(FORM, COHORT, { minGroupSize: 5 });
    expect(questions.map((q) => q.questionId)).toEqual(['generation', 'gender', 'under_represented']);
    const refused = gender(people(8, 'mentor', 'Woman', false), 1);
    expect(rows(refused)[0]).toEqual(['respondents', 0, 0, 0]);
  });

  it('counts each picked option of a multiple choice once per person, without a sum over the options', () => {
    const form = intakeFormSchema.parse([
      {
        id: 'networks',
        kind: 'multiple_choice',
        side: 'mentor',
        label: 'Which employee networks are you part of?',
        sensitive: true,
        options: ['Pride', 'Parents', 'Disability'],
      },
    ]);
    const answer = (n: number, side: Side, picks: string[]) =>
      Array.from({ length: n }, () => ({
        personId: `q${next++}`,
        side,
        consented: true,
        answers: { networks: picks },
      }));
    const [networks] = diversityOfParticipation(
      form,
      [
        ...answer(6, 'mentor', ['Pride', 'Parents', 'Pride']),
        ...answer(1, 'mentor', ['Disability']),
        ...answer(4, 'mentee', ['Pride']), // the question is for mentors only
      ],
      { minGroupSize: 5 },
    );
    expect(rows(networks!)).toEqual([
      ['respondents', 7, 7, 0],
      ['Pride', 6, 6, 0],
      ['Parents', 6, 6, 0],
      ['Disability', 'small_group', 'small_group', 0],
      ['Prefer not to say', 0, 0, 0],
    ]);
  });
});

describe('diversity properties', () => {
  it('never shows a count below the minimum but 0, nor leaves fewer than the minimum to subtraction', () => {
    const options = FORM.find((q) => q.id === 'gender')!.options;
    const participant = fc.record({
      side: fc.constantFrom<Side>('mentor', 'mentee'),
      consented: fc.boolean(),
      answer: fc.constantFrom(...options, undefined),
    });
    fc.assert(
      fc.property(fc.array(participant, { maxLength: 40 }), fc.integer({ min: 2, max: 6 }), (list, min) => {
        const cohort = list.map((p, i) => ({
          personId: `r${i}`,
          side: p.side,
          consented: p.consented,
          answers: { gender: p.answer },
        }));
        const [q, raw] = [gender(cohort, min), gender(cohort, 0)];
        const size = (f: Cell) => (f.suppressed ? 0 : f.people);
        const lines = [q.respondents, ...q.options];
        const rawLines = [raw.respondents, ...raw.options];
        lines.forEach((line, i) => {
          for (const key of ['overall', 'mentor', 'mentee'] as const) {
            const f = key === 'overall' ? line.overall : line.bySide[key];
            if (!f.suppressed && f.people > 0) expect(f.people).toBeGreaterThanOrEqual(min);
          }
          // Everyone = mentors + mentees: when everyone is shown, the hidden sides hide 0 or >= min people.
          if (!line.overall.suppressed) {
            const hidden = (['mentor', 'mentee'] as const).filter((s) => line.bySide[s].suppressed);
            const sum = hidden.reduce((n, s) => n + size(rawLines[i]!.bySide[s]), 0);
            expect(sum === 0 || sum >= min).toBe(true);
          }
        });
        // Each column = the sum of its options.
        for (const key of ['overall', 'mentor', 'mentee'] as const) {
          const pick = (l: (typeof lines)[number]) => (key === 'overall' ? l.overall : l.bySide[key]);
          if (pick(q.respondents).suppressed) continue;
          const sum = q.options.reduce(
            (n, o, i) => n + (pick(o).suppressed ? size(pick(raw.options[i]!)) : 0),
            0,
          );
          expect(sum === 0 || sum >= min).toBe(true);
        }
      }),
    );
  });
});
