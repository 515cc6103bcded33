import {
  type Answered,
  type ChoiceFigures,
  distinctRespondents,
  type QuestionFigures,
  rulesFor,
  type ScaleFigures,
  type TextFigures,
} from '#core/surveys/question-figures';
import type { SurveyAnswers } from '#core/surveys/survey-answers';
import type {
  QuestionKind,
  QuestionSide,
  RespondentSide,
  SurveyTemplate,
} from '#core/surveys/survey-template';
import { type Figure, figureFor, planSuppression, suppressed } from '#core/surveys/suppression';

/**
 * A survey's results for a group (a program, a cohort), as HR or a sponsor may see them.
 *
 * - Scales (Likert 1–5, recommend 0–10): respondents, answers, mean, the full distribution; for 0–10
 *   also the net promoter score (% promoters 9–10 minus % detractors 0–6).
 * - Choices: how many answers picked each option.
 * - Written answers: only for HR, only answers whose authors ticked that HR may read them, only for
 *   questions that allow it, sorted alphabetically. Sponsors never get written answers.
 * - Suppression (see suppression.ts for the rules): every figure, including each side's breakdown and
 *   the option counts, is about a group of distinct respondents; a group smaller than `minGroupSize`
 *   is replaced by `{ suppressed: true, reason }`, and when the total is shown and one side is hidden,
 *   the other side is hidden too (complementary suppression), so it can't be worked out by subtraction.
 *   Sides are broken down only for questions both sides answer; a person answers for one side.
 */
export type Audience = 'hr' | 'sponsor';
export type SurveyResponse = {
  readonly respondentId: string;
  readonly side: RespondentSide;
  readonly answers: SurveyAnswers;
};
export type AggregateOptions = { readonly audience: Audience; readonly minGroupSize: number };

export type BySide<T> = { readonly mentor: Figure<T>; readonly mentee: Figure<T> };
type Common<K extends QuestionKind> = { questionId: string; kind: K; side: QuestionSide; prompt: string };
export type QuestionAggregate =
  | (Common<'likert' | 'nps'> & { overall: Figure<ScaleFigures>; bySide: BySide<ScaleFigures> | null })
  | (Common<'single_choice' | 'multiple_choice'> & {
      overall: Figure<ChoiceFigures>;
      bySide: BySide<ChoiceFigures> | null;
    })
  | (Common<'short_text' | 'long_text'> & { overall: Figure<TextFigures>; bySide: null });

export type SurveyAggregate = {
  surveyKey: string;
  audience: Audience;
  minGroupSize: number;
  respondents: { overall: Figure<{ respondents: number }>; bySide: BySide<{ respondents: number }> };
  questions: QuestionAggregate[];
};

const SIDES: readonly RespondentSide[] = ['mentor', 'mentee'];

/** Figures for everyone and, when `withSides`, for each side, with small groups and their complements hidden. */
export function figuresBySide<T extends object>(
  answered: readonly Answered[],
  withSides: boolean,
  minGroupSize: number,
  summarise: (answered: readonly Answered[]) => T,
): { overall: Figure<T>; bySide: BySide<T> | null } {
  const ofSide = (side: RespondentSide) => answered.filter((a) => a.side === side);
  const plan = planSuppression(
    {
      all: { size: distinctRespondents(answered) },
      mentor: { size: distinctRespondents(ofSide('mentor')) },
      mentee: { size: distinctRespondents(ofSide('mentee')) },
    },
    withSides ? [{ total: 'all', parts: ['mentor', 'mentee'] }] : [],
    minGroupSize,
  );
  const overall = figureFor(plan.all, minGroupSize, () => summarise(answered));
  if (!withSides) return { overall, bySide: null };
  const [mentor, mentee] = SIDES.map((side) =>
    figureFor(plan[side], minGroupSize, () => summarise(ofSide(side))),
  );
  return { overall, bySide: { mentor: mentor!, mentee: mentee! } };
}

/** Aggregates one survey's responses for an audience; see the rules above. */
export function aggregateSurvey(
  template: SurveyTemplate,
  responses: readonly SurveyResponse[],
  options: AggregateOptions,
): SurveyAggregate {
  const { audience, minGroupSize } = options;
  const everyone = responses.map((r) => ({ respondentId: r.respondentId, side: r.side, value: 0 }));
  const counted = figuresBySide(everyone, true, minGroupSize, (a) => ({
    respondents: distinctRespondents(a),
  }));

  const questions = template.questions.map((q): QuestionAggregate => {
    const rules = rulesFor(q);
    const answered: Answered[] = responses.flatMap((r) => {
      const value = r.answers[q.id];
      const eligible = q.side === 'both' || q.side === r.side;
      return eligible && value !== undefined && rules.accepts(q, value)
        ? [{ respondentId: r.respondentId, side: r.side, value }]
        : [];
    });
    const common = { questionId: q.id, kind: q.kind, side: q.side, prompt: q.prompt };
    if (audience !== 'hr' && !rules.forSponsors)
      return {
        ...common,
        overall: suppressed('not_for_audience', minGroupSize),
        bySide: null,
      } as QuestionAggregate;
    const withSides = rules.bySide && q.side === 'both';
    const figures = figuresBySide<QuestionFigures>(answered, withSides, minGroupSize, (a) =>
      rules.summarise(q, a),
    );
    return { ...common, ...figures } as QuestionAggregate;
  });

  return {
    surveyKey: template.key,
    audience,
    minGroupSize,
    respondents: { overall: counted.overall, bySide: counted.bySide! },
    questions,
  };
}
