import { countFigure, type PeopleCount } from '#core/impact/impact-figures';
import type { Question, Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import { type Figure, type Group, planSuppression, type SumRelation } from '#core/surveys/suppression';

/**
 * Diversity of participation (issue 8): how many participants gave each answer to the intake form's
 * sensitive choice questions (generation, gender, under-represented group…), per side.
 *
 * - Only answers of people who consented count. Without consent a person is not counted anywhere —
 *   not as a respondent, not under any option. Text questions are never counted (no free text).
 * - A question asked of one side counts only that side. An answer counts when it is one of the
 *   question's options ("Prefer not to say" is an option like any other); for several choices, each
 *   picked option counts the person once.
 * - Each question gives its respondents and, per option, the people who picked it, for everyone and
 *   for each side. A count of nobody shows 0.
 * - Suppression (suppression.ts): a count below `minGroupSize` is hidden. The tables add up, so
 *   hidden cells are protected by complementary suppression along every sum: everyone = mentors +
 *   mentees for each option and for the respondents, and for a single-choice question the respondents
 *   of each side (and everyone) = the sum of the options. Several choices do not add up that way.
 */
export type DiversityParticipant = {
  readonly personId: string;
  readonly side: Side;
  readonly consented: boolean;
  /** The person's sensitive answers, by question id. */
  readonly answers: Readonly<Record<string, unknown>>;
};
export type DiversityOption = { option: string; overall: Figure<PeopleCount>; bySide: BySide<PeopleCount> };
export type DiversityQuestion = {
  questionId: string;
  label: string;
  respondents: { overall: Figure<PeopleCount>; bySide: BySide<PeopleCount> };
  options: DiversityOption[];
};
type ChoiceQuestion = Pick<Question, 'id' | 'label' | 'kind' | 'side' | 'sensitive' | 'options'>;

const SCOPES = ['all', 'mentor', 'mentee'] as const;

function picked(question: ChoiceQuestion, value: unknown): string[] {
  const values = question.kind === 'single_choice' ? [value] : Array.isArray(value) ? value : [];
  const valid = values.filter((v): v is string => typeof v === 'string' && question.options.includes(v));
  return question.kind === 'single_choice' ? valid : [...new Set(valid)];
}

function diversityOf(
  question: ChoiceQuestion,
  participants: readonly DiversityParticipant[],
  min: number,
): DiversityQuestion {
  const answers = new Map<string, { side: Side; options: string[] }>();
  for (const p of participants) {
    if (!p.consented || (question.side !== 'both' && question.side !== p.side)) continue;
    const options = picked(question, p.answers[question.id]);
    if (options.length > 0) answers.set(`${p.side}:${p.personId}`, { side: p.side, options });
  }
  const count = (scope: (typeof SCOPES)[number], option?: string) =>
    [...answers.values()].filter(
      (a) => (scope === 'all' || a.side === scope) && (option === undefined || a.options.includes(option)),
    ).length;
  const groups: Record<string, Group> = {};
  const relations: SumRelation[] = [];
  for (const key of ['R', ...question.options.map((_, i) => `O${i}`)]) {
    const option = key === 'R' ? undefined : question.options[Number(key.slice(1))];
    for (const scope of SCOPES) groups[`${key}:${scope}`] = { size: count(scope, option) };
    relations.push({ total: `${key}:all`, parts: [`${key}:mentor`, `${key}:mentee`] });
  }
  if (question.kind === 'single_choice')
    for (const scope of SCOPES)
      relations.push({ total: `R:${scope}`, parts: question.options.map((_, i) => `O${i}:${scope}`) });
  const plan = planSuppression(groups, relations, min);
  const figures = (key: string) => ({
    overall: countFigure(plan, groups, `${key}:all`, min),
    bySide: {
      mentor: countFigure(plan, groups, `${key}:mentor`, min),
      mentee: countFigure(plan, groups, `${key}:mentee`, min),
    },
  });
  return {
    questionId: question.id,
    label: question.label,
    respondents: figures('R'),
    options: question.options.map((option, i) => ({ option, ...figures(`O${i}`) })),
  };
}

/** The counts for each sensitive choice question of the form; see the rules above. */
export function diversityOfParticipation(
  form: readonly ChoiceQuestion[],
  participants: readonly DiversityParticipant[],
  options: { readonly minGroupSize: number },
): DiversityQuestion[] {
  return form
    .filter((q) => q.sensitive && (q.kind === 'single_choice' || q.kind === 'multiple_choice'))
    .map((q) => diversityOf(q, participants, options.minGroupSize));
}
