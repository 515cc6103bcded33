import type { Engagement } from '#core/impact/engagement';
import { type Measurement, measurementOf, type ObjectiveUnit } from '#core/impact/objective-results';
import { FUNNEL_STAGES, type FunnelStage, type FunnelStageFigure } from '#core/impact/participation-funnel';
import type { RetentionComparison, RetentionGroup } from '#core/impact/retention-comparison';
import type { Side } from '#core/programs/intake-form';
import { type ChangeAggregate, changeQuestions } from '#core/surveys/before-after-change';
import { round } from '#core/surveys/question-figures';
import type { SurveyTemplate } from '#core/surveys/survey-template';

/**
 * The measures a program objective can be linked to, each named by a key, and how each is read from
 * the report's figures. A group is `all`, `mentor` or `mentee`.
 *
 * - `still_employed:<group>:<months>` — % of participants still employed that many months after the
 *   start (a retention horizon, 6 or 12 by default).
 * - `retention_gap:<group>:<months>` — that share minus the comparable colleagues' share, in points.
 * - `improved:<question id>` — % of the people who answered a paired final-review question and its
 *   kickoff question who rated higher at the end; `mean_change:<question id>` — the mean change, points.
 * - `meetings_held`, `agreements`, `goals_completed` — % of planned meetings held, of pairs agreed, of
 *   goals completed; `pulse` — the mean meeting rating (1–5), points.
 * - `people:<stage>:<group>` — people who reached a participation stage.
 * A figure that is hidden makes the measure hidden; one not computed yet makes it not measurable yet.
 * An unknown key measures nothing (`null`).
 */
export type ImpactFigures = {
  readonly funnel?: readonly FunnelStageFigure[];
  readonly engagement?: Engagement;
  readonly retention?: RetentionComparison;
  readonly changes?: readonly ChangeAggregate[];
};
export type MeasureChoice = { key: string; label: string; unit: ObjectiveUnit };
type Group = 'all' | Side;

const GROUP_WORDS: Record<Group, string> = { all: 'Participants', mentor: 'Mentors', mentee: 'Mentees' };
const STAGE_WORDS: Record<FunnelStage, string> = {
  invited: 'invited or signed up',
  applied: 'who applied',
  approved: 'approved',
  matched: 'matched with a partner',
  active: 'who held a meeting',
  completed: 'who completed the program',
};
const NOT_YET: Measurement = { status: 'not_yet', message: 'This part of the report has no figures yet.' };
const isGroup = (g: string | undefined): g is Group => g === 'all' || g === 'mentor' || g === 'mentee';
const pick = <T>(split: { overall: T; bySide: Record<Side, T> }, group: Group) =>
  group === 'all' ? split.overall : split.bySide[group];

function stillEmployed(group: RetentionGroup, side: Group, months: number): Measurement {
  return measurementOf(
    pick(group, side),
    (f) => f.horizons.find((h) => h.months === months)?.percent ?? null,
    '%',
  );
}

function retentionGap(retention: RetentionComparison, group: Group, months: number): Measurement {
  const [ours, theirs] = [
    stillEmployed(retention.participants, group, months),
    stillEmployed(retention.comparison, group, months),
  ];
  if (ours.status !== 'measured') return ours;
  if (theirs.status !== 'measured') return theirs;
  return { status: 'measured', value: round(ours.value - theirs.value, 1), unit: 'points' };
}

/** The measurement for `key` from the report's figures; see the rules above. */
export function measure(key: string, figures: ImpactFigures): Measurement | null {
  const [name, a, b] = key.split(':');
  const months = Number(b);
  const { engagement, retention, funnel, changes } = figures;
  switch (name) {
    case 'still_employed':
    case 'retention_gap':
      if (!isGroup(a) || !Number.isInteger(months)) return null;
      if (!retention) return NOT_YET;
      return name === 'still_employed'
        ? stillEmployed(retention.participants, a, months)
        : retentionGap(retention, a, months);
    case 'improved':
    case 'mean_change': {
      if (!changes) return NOT_YET;
      const change = changes.find((c) => c.questionId === a);
      if (!change) return null;
      return name === 'improved'
        ? measurementOf(change.overall, (f) => f.improved, '%')
        : measurementOf(change.overall, (f) => f.meanChange, 'points');
    }
    case 'meetings_held':
      return engagement ? measurementOf(engagement.meetings, (f) => f.heldPercent, '%') : NOT_YET;
    case 'agreements':
      return engagement ? measurementOf(engagement.agreements, (f) => f.agreedPercent, '%') : NOT_YET;
    case 'goals_completed':
      return engagement ? measurementOf(engagement.goals.overall, (f) => f.completedPercent, '%') : NOT_YET;
    case 'pulse':
      return engagement ? measurementOf(engagement.pulse.overall, (f) => f.mean, 'points') : NOT_YET;
    case 'people': {
      const stage = FUNNEL_STAGES.find((s) => s === a);
      if (!stage || !isGroup(b)) return null;
      const figure = funnel?.find((f) => f.stage === stage);
      return figure ? measurementOf(pick(figure, b), (f) => f.people, 'people') : NOT_YET;
    }
    default:
      return null;
  }
}

/** Every measure HR may link an objective to, for a program with these paired questions. */
export function measureChoices(
  pairedQuestions: readonly { readonly id: string; readonly prompt: string }[],
  horizonMonths: readonly number[] = [6, 12],
): MeasureChoice[] {
  const groups: Group[] = ['all', 'mentor', 'mentee'];
  return [
    ...groups.flatMap((g) =>
      horizonMonths.flatMap((m) => [
        {
          key: `still_employed:${g}:${m}`,
          label: `${GROUP_WORDS[g]} still employed after ${m} months`,
          unit: '%' as const,
        },
        {
          key: `retention_gap:${g}:${m}`,
          label: `${GROUP_WORDS[g]} still employed after ${m} months, compared with similar colleagues`,
          unit: 'points' as const,
        },
      ]),
    ),
    ...pairedQuestions.flatMap((q) => [
      { key: `improved:${q.id}`, label: `Rated higher at the end: “${q.prompt}”`, unit: '%' as const },
      { key: `mean_change:${q.id}`, label: `Average change: “${q.prompt}”`, unit: 'points' as const },
    ]),
    { key: 'meetings_held', label: 'Planned meetings that were held', unit: '%' },
    { key: 'agreements', label: 'Pairs that agreed their kickoff agreement', unit: '%' },
    { key: 'goals_completed', label: 'Goals completed', unit: '%' },
    { key: 'pulse', label: 'Average meeting rating (1–5)', unit: 'points' },
    ...FUNNEL_STAGES.flatMap((s) =>
      groups.map((g) => ({
        key: `people:${s}:${g}`,
        label: `${GROUP_WORDS[g]} ${STAGE_WORDS[s]}`,
        unit: 'people' as const,
      })),
    ),
  ];
}

/**
 * The measures for a program with these survey templates: its final review's questions paired with
 * kickoff ones give the before/after measures (none until the program has both surveys).
 */
export function programMeasureChoices(templates: readonly SurveyTemplate[]): MeasureChoice[] {
  const kickoff = templates.find((t) => t.timing === 'kickoff');
  const final = templates.find((t) => t.timing === 'final');
  const paired = kickoff && final ? changeQuestions(kickoff, final).map((c) => c.question) : [];
  return measureChoices(paired);
}

/**
 * Whether `key` has the shape of a key that `measureChoices` offers. A question id is not checked
 * against any survey: HR may link an objective before editing the program's surveys, and an id that no
 * paired question has (any more) measures nothing (`measure` gives null: "not measurable yet").
 */
export function isMeasureKey(key: string): boolean {
  const [name, questionId] = key.split(':');
  const asked = (name === 'improved' || name === 'mean_change') && questionId;
  return measureChoices(asked ? [{ id: questionId, prompt: '' }] : []).some((c) => c.key === key);
}
