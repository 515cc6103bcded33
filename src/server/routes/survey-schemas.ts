import { z } from 'zod';
import { CAMPAIGN_TIMINGS, SURVEY_STATUSES } from '#core/surveys/survey-schedule';
import {
  QUESTION_SIDES,
  RESPONDENT_SIDES,
  surveyQuestionSchema,
  surveyTemplateSchema,
} from '#core/surveys/survey-template';

/** Shapes of check-in surveys for HR and for the people who answer them (docs/api/check-ins.md). */

const id = z.string().min(1).max(100);
export const surveyParams = z.object({ id, surveyId: id });
export const checkInParams = z.object({ id });

export const programSurveySchema = z
  .object({
    id: z.string(),
    key: z.string(),
    timing: z.enum(CAMPAIGN_TIMINGS),
    title: z.string(),
    status: z.enum(SURVEY_STATUSES),
    opensOn: z.string(),
    closesOn: z.string(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    invited: z.number().int(),
    responded: z.number().int(),
    template: surveyTemplateSchema,
  })
  .meta({ id: 'ProgramSurvey' });

const day = z.string().max(20);
export const updateSurveyBody = z.object({
  opensOn: day.optional(),
  closesOn: day.optional(),
  template: surveyTemplateSchema.optional(),
});

/** A figure about a group: shown, or hidden with the reason (too few people, or not for this audience). */
export const figure = <T extends z.ZodRawShape>(shape: T) =>
  z.union([
    z.object({
      suppressed: z.literal(true),
      reason: z.enum(['no_answers', 'small_group', 'complementary', 'not_for_audience']),
      message: z.string(),
    }),
    z.object({ suppressed: z.literal(false), ...shape }),
  ]);
export const bySide = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ mentor: figure(shape), mentee: figure(shape) });

const scale = {
  respondents: z.number(),
  answers: z.number(),
  mean: z.number(),
  distribution: z.array(z.object({ value: z.number(), count: z.number() })),
  nps: z
    .object({ score: z.number(), promoters: z.number(), passives: z.number(), detractors: z.number() })
    .nullable(),
};
const choice = {
  respondents: z.number(),
  answers: z.number(),
  options: z.array(z.object({ option: z.string(), count: z.number() })),
};
const text = { respondents: z.number(), texts: z.array(z.string()) };
export const change = {
  respondents: z.number(),
  meanBefore: z.number(),
  meanAfter: z.number(),
  meanChange: z.number(),
  improved: z.number(),
  unchanged: z.number(),
  declined: z.number(),
};
const question = { questionId: z.string(), side: z.enum(QUESTION_SIDES), prompt: z.string() };

const surveyAggregateSchema = z.object({
  surveyKey: z.string(),
  audience: z.enum(['hr', 'sponsor']),
  minGroupSize: z.number(),
  respondents: z.object({
    overall: figure({ respondents: z.number() }),
    bySide: bySide({ respondents: z.number() }),
  }),
  questions: z.array(
    z.union([
      z.object({
        ...question,
        kind: z.enum(['likert', 'nps']),
        overall: figure(scale),
        bySide: bySide(scale).nullable(),
      }),
      z.object({
        ...question,
        kind: z.enum(['single_choice', 'multiple_choice']),
        overall: figure(choice),
        bySide: bySide(choice).nullable(),
      }),
      z.object({
        ...question,
        kind: z.enum(['short_text', 'long_text']),
        overall: figure(text),
        bySide: z.null(),
      }),
    ]),
  ),
});

/** Before/after on one paired question (#core/surveys/before-after-change). */
export const changeAggregateSchema = z.object({
  questionId: z.string(),
  beforeQuestionId: z.string(),
  side: z.enum(QUESTION_SIDES),
  prompt: z.string(),
  overall: figure(change),
  bySide: bySide(change).nullable(),
});

export const surveyResultsSchema = z
  .object({
    survey: programSurveySchema,
    responseRate: z.object({ invited: z.number(), responded: z.number() }),
    aggregate: surveyAggregateSchema,
    change: z.array(changeAggregateSchema).nullable(),
  })
  .meta({ id: 'SurveyResults' });

export const myCheckInSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    title: z.string(),
    timing: z.enum(CAMPAIGN_TIMINGS),
    partnerName: z.string(),
    status: z.enum(SURVEY_STATUSES),
    closesOn: z.string(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'MyCheckIn' });

const answerValue = z.union([
  z.number(),
  z.string(),
  z.array(z.string()).readonly(),
  z.object({ text: z.string(), shareWithHr: z.boolean(), mayQuote: z.boolean().optional() }),
]);

export const myCheckInDetailSchema = z
  .object({
    checkIn: myCheckInSchema,
    intro: z.string(),
    audienceNote: z.string(),
    side: z.enum(RESPONDENT_SIDES),
    questions: z.array(surveyQuestionSchema),
    answers: z.record(z.string(), answerValue).nullable(),
  })
  .meta({ id: 'MyCheckInDetail' });

/** Answers by question id; each is checked against its question in the use-case. */
export const answerCheckInBody = z.object({
  answers: z.record(z.string().max(40), z.unknown(), { error: 'Send the answers by question id.' }),
});
