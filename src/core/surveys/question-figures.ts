import type { AnswerValue, TextAnswer } from '#core/surveys/survey-answers';
import type {
  QuestionKind,
  QuestionOfKind,
  RespondentSide,
  SurveyQuestion,
} from '#core/surveys/survey-template';

/**
 * What each question kind reports about a group's answers. Each kind declares which stored answers it
 * accepts, how it sums them up, whether it may be broken down by side, and whether sponsors see it.
 * Suppression is decided elsewhere (aggregate-survey.ts); these functions only count.
 */
export type Answered = {
  readonly respondentId: string;
  readonly side: RespondentSide;
  readonly value: AnswerValue;
};

/** Net promoter score: % promoters (9–10) minus % detractors (0–6), from unrounded shares. */
export type NpsFigures = { score: number; promoters: number; passives: number; detractors: number };
export type ScaleFigures = {
  respondents: number;
  answers: number;
  mean: number;
  distribution: { value: number; count: number }[];
  nps: NpsFigures | null;
};
export type ChoiceFigures = {
  respondents: number;
  answers: number;
  options: { option: string; count: number }[];
};
/** Written answers whose authors let HR read them, in alphabetical order (not the order they came in). */
export type TextFigures = { respondents: number; texts: string[] };

type FiguresOf = {
  likert: ScaleFigures;
  nps: ScaleFigures;
  single_choice: ChoiceFigures;
  multiple_choice: ChoiceFigures;
  short_text: TextFigures;
  long_text: TextFigures;
};
export type QuestionFigures = FiguresOf[QuestionKind];

type KindRules<K extends QuestionKind> = {
  readonly accepts: (q: QuestionOfKind<K>, value: AnswerValue) => boolean;
  readonly summarise: (q: QuestionOfKind<K>, answered: readonly Answered[]) => FiguresOf[K];
  readonly bySide: boolean;
  readonly forSponsors: boolean;
};

export const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
export const distinctRespondents = (answered: readonly Answered[]) =>
  new Set(answered.map((a) => a.respondentId)).size;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

const SCALE_RANGE = { likert: [1, 5], nps: [0, 10] } as const;

function isOnScale(q: QuestionOfKind<'likert' | 'nps'>, value: AnswerValue): value is number {
  const [from, to] = SCALE_RANGE[q.kind];
  return typeof value === 'number' && Number.isInteger(value) && value >= from && value <= to;
}

function summariseScale(q: QuestionOfKind<'likert' | 'nps'>, answered: readonly Answered[]): ScaleFigures {
  const values = answered.map((a) => a.value as number);
  const [from, to] = SCALE_RANGE[q.kind];
  return {
    respondents: distinctRespondents(answered),
    answers: values.length,
    mean: round(values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length), 2),
    distribution: Array.from({ length: to - from + 1 }, (_, i) => ({
      value: from + i,
      count: values.filter((v) => v === from + i).length,
    })),
    nps: null,
  };
}

function npsFigures(values: readonly number[]): NpsFigures {
  const promoters = percent(values.filter((v) => v >= 9).length, values.length);
  const detractors = percent(values.filter((v) => v <= 6).length, values.length);
  return {
    score: round(promoters - detractors),
    promoters: round(promoters),
    passives: round(100 - promoters - detractors),
    detractors: round(detractors),
  };
}

function summariseChoice(
  q: QuestionOfKind<'single_choice' | 'multiple_choice'>,
  answered: readonly Answered[],
) {
  const picks = answered.map((a) =>
    typeof a.value === 'string' ? [a.value] : (a.value as readonly string[]),
  );
  return {
    respondents: distinctRespondents(answered),
    answers: picks.length,
    options: q.options.map((option) => ({ option, count: picks.filter((p) => p.includes(option)).length })),
  };
}

const isText = (value: AnswerValue): value is TextAnswer =>
  typeof value === 'object' && !Array.isArray(value) && typeof (value as TextAnswer).text === 'string';

function summariseText(
  q: QuestionOfKind<'short_text' | 'long_text'>,
  answered: readonly Answered[],
): TextFigures {
  const shared = q.shareableWithHr
    ? answered.map((a) => a.value as TextAnswer).filter((t) => t.shareWithHr === true && t.text.trim() !== '')
    : [];
  return { respondents: distinctRespondents(answered), texts: shared.map((t) => t.text.trim()).sort() };
}

const LIKERT: KindRules<'likert'> = {
  accepts: isOnScale,
  summarise: summariseScale,
  bySide: true,
  forSponsors: true,
};
const NPS: KindRules<'nps'> = {
  accepts: isOnScale,
  summarise: (q, answered) => ({
    ...summariseScale(q, answered),
    nps: npsFigures(answered.map((a) => a.value as number)),
  }),
  bySide: true,
  forSponsors: true,
};
const TEXT: KindRules<'short_text' | 'long_text'> = {
  accepts: (_q, value) => isText(value) && value.text.trim() !== '',
  summarise: summariseText,
  bySide: false,
  forSponsors: false,
};

export const KIND_RULES: { readonly [K in QuestionKind]: KindRules<K> } = {
  likert: LIKERT,
  nps: NPS,
  single_choice: {
    accepts: (q, value) => typeof value === 'string' && q.options.includes(value),
    summarise: summariseChoice,
    bySide: true,
    forSponsors: true,
  },
  multiple_choice: {
    accepts: (q, value) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' && q.options.includes(v)),
    summarise: summariseChoice,
    bySide: true,
    forSponsors: true,
  },
  short_text: TEXT as KindRules<'short_text'>,
  long_text: TEXT as KindRules<'long_text'>,
};

export function rulesFor(q: SurveyQuestion): KindRules<QuestionKind> {
  return KIND_RULES[q.kind] as unknown as KindRules<QuestionKind>;
}
