import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregateOptions, aggregateSurvey, type SurveyResponse } from '#core/surveys/aggregate-survey';
import type { AnswerValue } from '#core/surveys/survey-answers';
import { type RespondentSide, surveyTemplateSchema } from '#core/surveys/survey-template';

const survey = surveyTemplateSchema.parse({
  key: 'check_in',
  title: 'Check-in',
  audienceNote: 'HR sees totals only.',
  timing: 'midpoint',
  questions: [
    { id: 'going', kind: 'likert', prompt: 'How is it going?' },
    { id: 'recommend', kind: 'nps', prompt: 'Recommend?' },
    { id: 'continue', kind: 'single_choice', prompt: 'Continue?', options: ['Yes', 'Maybe', 'No'] },
    { id: 'topics', kind: 'multiple_choice', prompt: 'Topics?', options: ['AI', 'Social media', 'Strategy'] },
    { id: 'confidence', kind: 'likert', side: 'mentee', prompt: 'Confident?' },
    { id: 'learned', kind: 'long_text', prompt: 'What did you learn?' },
    { id: 'diary', kind: 'short_text', prompt: 'One word?', shareableWithHr: false },
  ],
});
const HR: AggregateOptions = { audience: 'hr', minGroupSize: 5 };
const SPONSOR: AggregateOptions = { audience: 'sponsor', minGroupSize: 5 };

const response = (
  id: string,
  side: RespondentSide,
  answers: Record<string, AnswerValue>,
): SurveyResponse => ({
  respondentId: id,
  side,
  answers,
});
/** n people on one side, the i-th answering answers(i). */
const people = (n: number, side: RespondentSide, answers: (i: number) => Record<string, AnswerValue>) =>
  Array.from({ length: n }, (_, i) => response(`${side}-${i}`, side, answers(i)));
const question = (aggregate: ReturnType<typeof aggregateSurvey>, id: string) =>
  aggregate.questions.find((q) => q.questionId === id)!;

describe('aggregateSurvey: small groups', () => {
  it('hides every figure of a group of 4 at a minimum of 5, and shows a group of 5', () => {
    const four = aggregateSurvey(
      survey,
      people(4, 'mentor', () => ({ going: 4, continue: 'Yes' })),
      HR,
    );
    expect(four.respondents.overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(question(four, 'going').overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(question(four, 'continue').overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(JSON.stringify(four.questions)).not.toContain('"count"');

    const five = aggregateSurvey(
      survey,
      people(5, 'mentor', (i) => ({ going: 1 + i, continue: 'Yes' })),
      HR,
    );
    expect(question(five, 'going').overall).toEqual({
      suppressed: false,
      respondents: 5,
      answers: 5,
      mean: 3,
      distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: 1 })),
      nps: null,
    });
  });

  it('counts people, not answers: three people rating ten meetings each stay hidden', () => {
    const pulses = Array.from({ length: 30 }, (_, i) => response(`p${i % 3}`, 'mentor', { going: 5 }));
    const going = question(aggregateSurvey(survey, pulses, HR), 'going');
    expect(going.overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    const more = [...pulses, ...people(2, 'mentor', () => ({ going: 1 }))];
    expect(question(aggregateSurvey(survey, more, HR), 'going').overall).toMatchObject({
      suppressed: false,
      respondents: 5,
      answers: 32,
      mean: 4.75,
    });
  });

  it('hides a question fewer than the minimum answered, even when enough people responded', () => {
    const responses = [
      ...people(3, 'mentor', () => ({ going: 2 })),
      ...people(3, 'mentee', () => ({ going: 4, confidence: 5 })),
    ];
    const aggregate = aggregateSurvey(survey, responses, HR);
    expect(question(aggregate, 'going').overall).toMatchObject({
      suppressed: false,
      respondents: 6,
      mean: 3,
    });
    expect(question(aggregate, 'confidence').overall).toMatchObject({
      suppressed: true,
      reason: 'small_group',
    });
    expect(question(aggregate, 'confidence').bySide).toBeNull();
  });

  it('complementary: with 6 mentors and 3 mentees, the total shows but neither side does', () => {
    const responses = [
      ...people(6, 'mentor', () => ({ going: 5, continue: 'Yes' })),
      ...people(3, 'mentee', () => ({ going: 2, continue: 'No' })),
    ];
    const aggregate = aggregateSurvey(survey, responses, HR);
    for (const id of ['going', 'continue']) {
      const q = question(aggregate, id);
      expect(q.overall.suppressed, id).toBe(false);
      expect(q.bySide?.mentee).toMatchObject({ suppressed: true, reason: 'small_group' });
      expect(q.bySide?.mentor).toMatchObject({ suppressed: true, reason: 'complementary' });
    }
    expect(question(aggregate, 'going').overall).toMatchObject({ mean: 4 }); // (6×5 + 3×2) / 9
    expect(aggregate.respondents.bySide.mentor).toMatchObject({ suppressed: true, reason: 'complementary' });
  });

  it('shows both sides when each has the minimum', () => {
    const responses = [
      ...people(5, 'mentor', () => ({ continue: 'Yes', topics: ['AI', 'Strategy'] })),
      ...people(6, 'mentee', (i) => ({ continue: i < 2 ? 'Maybe' : 'No', topics: ['AI'] })),
    ];
    const aggregate = aggregateSurvey(survey, responses, HR);
    expect(question(aggregate, 'continue').overall).toEqual({
      suppressed: false,
      respondents: 11,
      answers: 11,
      options: [
        { option: 'Yes', count: 5 },
        { option: 'Maybe', count: 2 },
        { option: 'No', count: 4 },
      ],
    });
    expect(question(aggregate, 'continue').bySide?.mentee).toMatchObject({
      suppressed: false,
      options: [
        { option: 'Yes', count: 0 },
        { option: 'Maybe', count: 2 },
        { option: 'No', count: 4 },
      ],
    });
    expect(question(aggregate, 'topics').overall).toMatchObject({
      options: [
        { option: 'AI', count: 11 },
        { option: 'Social media', count: 0 },
        { option: 'Strategy', count: 5 },
      ],
    });
  });
});

describe('aggregateSurvey: the recommend score', () => {
  it('computes NPS by hand: 3 promoters, 2 passives, 2 detractors of 7 is +14', () => {
    const scores = [10, 9, 9, 8, 7, 6, 3];
    const aggregate = aggregateSurvey(
      survey,
      scores.map((recommend, i) => response(`r${i}`, 'mentee', { recommend })),
      SPONSOR,
    );
    expect(question(aggregate, 'recommend').overall).toMatchObject({
      suppressed: false,
      respondents: 7,
      mean: 7.43, // 52 / 7
      nps: { score: 14, promoters: 43, passives: 29, detractors: 29 },
    });
  });

  it('is −100 when everyone is a detractor and +100 when everyone is a promoter', () => {
    const all = (recommend: number) =>
      question(
        aggregateSurvey(
          survey,
          people(5, 'mentor', () => ({ recommend })),
          HR,
        ),
        'recommend',
      ).overall;
    expect(all(6)).toMatchObject({ nps: { score: -100 } });
    expect(all(9)).toMatchObject({ nps: { score: 100 } });
    expect(all(8)).toMatchObject({ nps: { score: 0, passives: 100 } });
  });
});

describe('aggregateSurvey: written answers', () => {
  const responses = [
    ...people(3, 'mentor', (i) => ({ learned: { text: `Mentor story ${i}`, shareWithHr: i !== 1 } })),
    ...people(3, 'mentee', (i) => ({
      learned: { text: `Mentee story ${i}`, shareWithHr: i === 0 },
      diary: { text: `Diary ${i}`, shareWithHr: true },
    })),
  ];

  it('give HR only the answers whose authors allowed it, in alphabetical order, with no breakdown by side', () => {
    const learned = question(aggregateSurvey(survey, responses.toReversed(), HR), 'learned');
    expect(learned.overall).toEqual({
      suppressed: false,
      respondents: 6,
      texts: ['Mentee story 0', 'Mentor story 0', 'Mentor story 2'],
    });
    expect(learned.bySide).toBeNull();
  });

  it('give HR nothing from a question that never shares with HR, whatever is stored', () => {
    const diary = question(
      aggregateSurvey(survey, [...responses, ...people(3, 'mentor', () => ({}))], HR),
      'diary',
    );
    expect(diary.overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    const five = people(5, 'mentee', (i) => ({ diary: { text: `Diary ${i}`, shareWithHr: true } }));
    expect(question(aggregateSurvey(survey, five, HR), 'diary').overall).toEqual({
      suppressed: false,
      respondents: 5,
      texts: [],
    });
  });

  it('never reach sponsors', () => {
    const aggregate = aggregateSurvey(survey, responses, SPONSOR);
    expect(question(aggregate, 'learned').overall).toMatchObject({
      suppressed: true,
      reason: 'not_for_audience',
    });
    expect(JSON.stringify(aggregate)).not.toMatch(/story|Diary/);
  });

  it('stay hidden from HR when fewer than the minimum wrote one', () => {
    const four = people(4, 'mentor', (i) => ({ learned: { text: `Story ${i}`, shareWithHr: true } }));
    expect(JSON.stringify(aggregateSurvey(survey, four, HR))).not.toContain('Story');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random groups
// ---------------------------------------------------------------------------------------------

const answersArbitrary = fc.record(
  {
    going: fc.integer({ min: 1, max: 5 }),
    recommend: fc.integer({ min: 0, max: 10 }),
    continue: fc.constantFrom('Yes', 'Maybe', 'No'),
    topics: fc.subarray(['AI', 'Social media', 'Strategy'], { minLength: 1 }),
    confidence: fc.integer({ min: 1, max: 5 }),
    learned: fc.boolean(),
    diary: fc.boolean(),
  },
  { requiredKeys: [] },
);
const groupArbitrary = fc.record({
  minGroupSize: fc.integer({ min: 1, max: 8 }),
  audience: fc.constantFrom('hr' as const, 'sponsor' as const),
  people: fc.array(
    fc.record({
      side: fc.constantFrom('mentor' as const, 'mentee' as const),
      responses: fc.array(answersArbitrary, { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 16 },
  ),
});
type Group = typeof groupArbitrary extends fc.Arbitrary<infer G> ? G : never;

/** Each written answer carries a unique marker; the booleans say whether its author shares it with HR. */
function responsesOf(group: Group): SurveyResponse[] {
  return group.people.flatMap((person, i) =>
    person.responses.map(({ learned, diary, ...rest }, j) => {
      const answers: Record<string, AnswerValue> = { ...rest };
      if (learned !== undefined) answers.learned = { text: `SECRET-${i}-${j}`, shareWithHr: learned };
      if (diary !== undefined) answers.diary = { text: `DIARY-${i}-${j}`, shareWithHr: diary };
      return response(`person-${i}`, person.side, answers);
    }),
  );
}

/** Every object in a value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield value as Record<string, unknown>;
  for (const child of Object.values(value)) yield* objects(child);
}

describe('aggregateSurvey properties', () => {
  it('no aggregate for sponsors contains a written answer, and HR gets only consented ones', () => {
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const responses = responsesOf(group);
        const json = JSON.stringify(aggregateSurvey(survey, responses, group));
        if (group.audience === 'sponsor') expect(json).not.toMatch(/SECRET|DIARY/);
        expect(json).not.toContain('DIARY');
        const withheld = responses.flatMap((r) => {
          const learned = r.answers.learned as { text: string; shareWithHr: boolean } | undefined;
          return learned && !learned.shareWithHr ? [learned.text] : [];
        });
        for (const text of withheld) expect(json).not.toContain(`"${text}"`);
      }),
      { numRuns: 300 },
    );
  });

  it('no shown figure is based on fewer than the minimum, and no side is left to subtraction', () => {
    fc.assert(
      fc.property(groupArbitrary, (group) => {
        const responses = responsesOf(group);
        const aggregate = aggregateSurvey(survey, responses, group);
        for (const q of aggregate.questions) {
          // Count the people behind each shown figure independently of the code under test.
          const eligible = responses.filter(
            (r) => r.answers[q.questionId] !== undefined && (q.side === 'both' || q.side === r.side),
          );
          const people = (side?: RespondentSide) =>
            new Set(eligible.filter((r) => !side || r.side === side).map((r) => r.respondentId)).size;
          if (!q.overall.suppressed) expect(q.overall.respondents).toBe(people());
          for (const side of ['mentor', 'mentee'] as const) {
            const figure = q.bySide?.[side];
            if (figure && !figure.suppressed) expect(figure.respondents).toBe(people(side));
          }
        }
        for (const o of objects(aggregate))
          if (o.suppressed === false)
            expect(o.respondents as number).toBeGreaterThanOrEqual(group.minGroupSize);
        const breakdowns = [aggregate.respondents, ...aggregate.questions];
        for (const { overall, bySide } of breakdowns) {
          if (!bySide || overall.suppressed) continue;
          const hiddenSides = [bySide.mentor, bySide.mentee].filter(
            (f) => f.suppressed && f.reason !== 'no_answers',
          );
          expect(hiddenSides.length).not.toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
