import type { BySide, SurveyResponse } from '#core/surveys/aggregate-survey';
import { round, rulesFor } from '#core/surveys/question-figures';
import {
  pairedQuestions,
  type QuestionSide,
  type RespondentSide,
  type SurveyQuestion,
  type SurveyTemplate,
} from '#core/surveys/survey-template';
import {
  type Figure,
  figureFor,
  type Group,
  planSuppression,
  type SumRelation,
} from '#core/surveys/suppression';

/**
 * Before/after change for paired questions (a final-review question `pairedWith` a kickoff one), over
 * the people who answered both: mean before, mean after, mean change, and the share (%) who improved,
 * stayed the same or declined. A person's latest answer to each survey counts.
 *
 * Suppression is the same as for every survey figure (suppression.ts), with the people who answered
 * only one of the two surveys as remainders: the "after" and "before" figures are shown on their own
 * elsewhere, so if the change were shown while only a few people answered just one survey, their
 * answers could be worked out by subtraction. The change (overall or for a side) is then hidden too.
 */
export type ChangeFigures = {
  respondents: number;
  meanBefore: number;
  meanAfter: number;
  meanChange: number;
  improved: number;
  unchanged: number;
  declined: number;
};
export type ChangeAggregate = {
  questionId: string;
  beforeQuestionId: string;
  side: QuestionSide;
  prompt: string;
  overall: Figure<ChangeFigures>;
  bySide: BySide<ChangeFigures> | null;
};
export type ChangeInput = {
  readonly before: SurveyTemplate;
  readonly beforeResponses: readonly SurveyResponse[];
  readonly after: SurveyTemplate;
  readonly afterResponses: readonly SurveyResponse[];
};

type Latest = Map<string, { side: RespondentSide; value: number }>;
type Matched = { side: RespondentSide; before: number; after: number };

function latestAnswers(question: SurveyQuestion, responses: readonly SurveyResponse[]): Latest {
  const latest: Latest = new Map();
  for (const r of responses) {
    const value = r.answers[question.id];
    const eligible = question.side === 'both' || question.side === r.side;
    if (eligible && value !== undefined && rulesFor(question).accepts(question, value))
      latest.set(r.respondentId, { side: r.side, value: value as number });
  }
  return latest;
}

function summarise(matched: readonly Matched[]): ChangeFigures {
  const n = matched.length;
  const mean = (pick: (m: Matched) => number) => matched.reduce((sum, m) => sum + pick(m), 0) / n;
  const share = (test: (m: Matched) => boolean) => round((100 * matched.filter(test).length) / n);
  return {
    respondents: n,
    meanBefore: round(
      mean((m) => m.before),
      2,
    ),
    meanAfter: round(
      mean((m) => m.after),
      2,
    ),
    meanChange: round(
      mean((m) => m.after - m.before),
      2,
    ),
    improved: share((m) => m.after > m.before),
    unchanged: share((m) => m.after === m.before),
    declined: share((m) => m.after < m.before),
  };
}

function changeFor(
  question: SurveyQuestion,
  beforeQuestion: SurveyQuestion,
  input: ChangeInput,
  min: number,
) {
  const after = latestAnswers(question, input.afterResponses);
  const before = latestAnswers(beforeQuestion, input.beforeResponses);
  const matched: Matched[] = [...after].flatMap(([id, a]) => {
    const b = before.get(id);
    return b && b.side === a.side ? [{ side: a.side, before: b.value, after: a.value }] : [];
  });
  const withSides = question.side === 'both';
  const scopes = withSides ? (['all', 'mentor', 'mentee'] as const) : (['all'] as const);
  const inScope = <T extends { side: RespondentSide }>(list: readonly T[], scope: string) =>
    list.filter((x) => scope === 'all' || x.side === scope).length;
  const groups: Record<string, Group> = {};
  const relations: SumRelation[] = withSides ? [{ total: 'M:all', parts: ['M:mentor', 'M:mentee'] }] : [];
  for (const scope of scopes) {
    const [a, b, m] = [
      inScope([...after.values()], scope),
      inScope([...before.values()], scope),
      inScope(matched, scope),
    ];
    Object.assign(groups, {
      [`A:${scope}`]: { size: a, role: 'fixed' },
      [`B:${scope}`]: { size: b, role: 'fixed' },
      [`M:${scope}`]: { size: m },
      [`A-only:${scope}`]: { size: a - m, role: 'remainder' },
      [`B-only:${scope}`]: { size: b - m, role: 'remainder' },
    });
    relations.push(
      { total: `A:${scope}`, parts: [`M:${scope}`, `A-only:${scope}`] },
      { total: `B:${scope}`, parts: [`M:${scope}`, `B-only:${scope}`] },
    );
  }
  const plan = planSuppression(groups, relations, min);
  const figure = (scope: 'all' | RespondentSide) =>
    figureFor(plan[`M:${scope}`], min, () =>
      summarise(matched.filter((m) => scope === 'all' || m.side === scope)),
    );
  return {
    overall: figure('all'),
    bySide: withSides ? { mentor: figure('mentor'), mentee: figure('mentee') } : null,
  };
}

/** Every paired question of `after` whose earlier question is in `before`, with that earlier question. */
export function changeQuestions(before: SurveyTemplate, after: SurveyTemplate) {
  return pairedQuestions(after).flatMap((question) => {
    const beforeQuestion = before.questions.find(
      (b) => b.id === question.pairedWith && b.kind === question.kind,
    );
    return beforeQuestion ? [{ question, beforeQuestion }] : [];
  });
}

/** The change on every paired question of `after` whose earlier question is in `before`. */
export function aggregateChange(
  input: ChangeInput,
  options: { readonly minGroupSize: number },
): ChangeAggregate[] {
  return changeQuestions(input.before, input.after).map(({ question, beforeQuestion }) => ({
    questionId: question.id,
    beforeQuestionId: beforeQuestion.id,
    side: question.side,
    prompt: question.prompt,
    ...changeFor(question, beforeQuestion, input, options.minGroupSize),
  }));
}
