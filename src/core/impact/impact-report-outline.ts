import type { CohortComparison } from '#core/impact/cohort-comparison';
import type { Engagement } from '#core/impact/engagement';
import type { ImpactAggregates } from '#core/impact/impact-aggregates';
import type { LearnedBySide } from '#core/impact/learning-exchange';
import type { ObjectiveResult, ObjectiveStatus } from '#core/impact/objective-results';
import { FUNNEL_STAGES, type FunnelPeriod, type FunnelStageFigure } from '#core/impact/participation-funnel';
import { type Quote, SIDE_LABELS } from '#core/impact/report-quotes';
import type { Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import type { Figure } from '#core/surveys/suppression';

/**
 * The impact report as an ordered outline (issue 8), for a renderer to draw as a printable document:
 * a title, lines under it, then sections of rows. The layout decisions live here; the renderer only
 * draws. Counts, shares and skill names, never a person's name; a participant's words only as quotes
 * their authors agreed to, labelled Mentor or Mentee, and only in HR's report (`quotes` null or absent:
 * the sponsor's report has no "In their words" section at all). A hidden figure is its message
 * ("Hidden: fewer than 5 people…"), never its number, a hidden bar has no length, and a hidden value in
 * a chart is a gap (null) with a note under the chart.
 *
 * - A `figure` row is a label and its value in words; a `bar` row is a share of `max` with its words
 *   (`value` null when hidden or not measurable yet); a `text` row is a sentence; `subheading` groups.
 * - Participation: a bar per stage for everyone, mentors and mentees, each against the group's
 *   invited count (or the largest shown count when that one is hidden).
 * - Retention: a bar per horizon (6 and 12 months) for participants and comparable colleagues.
 * - Charts: participation over time (matched, active and completed people, everyone, for each of the
 *   last 12 months up to the program's end) and the objectives by result (met, not met, not measurable yet; hidden ones are a
 *   gap, since whether they were met is hidden).
 * - Key takeaways: HR's text, a paragraph per blank-line-separated block. Compared with earlier
 *   cohorts: a table of headline measures, this cohort first; without an earlier cohort, a sentence.
 */
export type OutlineRow =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'quote'; readonly text: string; readonly side: string; readonly prompt: string }
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
    }
  | {
      readonly kind: 'chart';
      readonly title: string;
      readonly series: readonly string[];
      /** One group of bars per label (a month, a result); a null value is a hidden figure: a gap. */
      readonly groups: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
      readonly max: number;
      readonly note: string | null;
    }
  | { readonly kind: 'figure'; readonly label: string; readonly value: string }
  | {
      readonly kind: 'bar';
      readonly label: string;
      readonly value: number | null;
      readonly max: number;
      readonly text: string;
    };
export type OutlineSection = { readonly heading: string; readonly rows: readonly OutlineRow[] };
export type ImpactReportOutline = {
  readonly title: string;
  readonly lines: readonly string[];
  readonly sections: readonly OutlineSection[];
};

/** What the report adds to the figures; each optional, so a report of figures alone still draws. */
export type ReportAdditions = {
  readonly byMonth?: readonly FunnelPeriod[];
  readonly takeaways?: string;
  /** The chosen quotes (HR's report); null or absent for an audience that gets no participant words. */
  readonly quotes?: readonly Quote[] | null;
  readonly cohorts?: CohortComparison;
};
export type ImpactForReport = ImpactAggregates &
  ReportAdditions & {
    readonly program: { readonly name: string; readonly startDate: string; readonly endDate: string };
    readonly minGroupSize: number;
    readonly asOf: string;
  };

const GROUPS = [
  { key: 'overall', label: 'Everyone' },
  { key: 'mentor', label: 'Mentors' },
  { key: 'mentee', label: 'Mentees' },
] as const;
const STATUS: Record<ObjectiveStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_measurable_yet: 'Not measurable yet',
  hidden: 'Hidden',
};
const HORIZONS = [6, 12];
const CHART_MONTHS = 12;
const OVER_TIME = [
  { stage: 'matched', label: 'Matched' },
  { stage: 'active', label: 'Active' },
  { stage: 'completed', label: 'Completed' },
] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (isoDate: string) => `${MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
const gapNote = (min: number) =>
  `Gaps are hidden figures: fewer than ${min} people were behind them, so they could be recognised.`;

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
/** A figure's words when shown, otherwise its message: never a hidden number. */
const words = <T extends object>(figure: Figure<T>, say: (shown: T) => string) =>
  figure.suppressed ? figure.message : say(figure);
const of = <T extends object>(split: { overall: Figure<T>; bySide: BySide<T> }, key: 'overall' | Side) =>
  key === 'overall' ? split.overall : split.bySide[key];

function objectiveRows(objectives: readonly ObjectiveResult[]): OutlineRow[] {
  if (objectives.length === 0) return [{ kind: 'text', text: 'This program has no objectives set.' }];
  return objectives.map((o) => ({
    kind: 'figure',
    label: o.text,
    value: `${STATUS[o.status]}. ${o.message}`,
  }));
}

function objectivesChart(objectives: readonly ObjectiveResult[]): OutlineRow[] {
  if (objectives.length === 0) return [];
  const count = (status: ObjectiveStatus) => objectives.filter((o) => o.status === status).length;
  const hidden = count('hidden');
  const groups = (['met', 'not_met', 'not_measurable_yet'] as const).map((status) => ({
    label: STATUS[status],
    values: [count(status)],
  }));
  return [
    {
      kind: 'chart',
      title: 'Objectives by result',
      series: ['Objectives'],
      groups: hidden > 0 ? [...groups, { label: STATUS.hidden, values: [null] }] : groups,
      max: Math.max(1, ...groups.map((g) => g.values[0]!)),
      note:
        hidden > 0
          ? `${hidden === 1 ? '1 objective is' : `${hidden} objectives are`} left as a gap: too few people are behind the figures, so whether ${hidden === 1 ? 'it was' : 'they were'} met is hidden.`
          : null,
    },
  ];
}

function overTimeRows(byMonth: readonly FunnelPeriod[], endDate: string, min: number): OutlineRow[] {
  // The program's own months: after its end nothing more happens, so a closed program's chart ends there.
  const periods = byMonth.filter((p) => p.start <= endDate).slice(-CHART_MONTHS);
  if (periods.length === 0) return [{ kind: 'text', text: 'No months to show yet.' }];
  const groups = periods.map((period) => ({
    label: monthLabel(period.start),
    values: OVER_TIME.map(({ stage }) => {
      const figure = period.stages.find((s) => s.stage === stage)?.overall;
      return !figure || figure.suppressed ? null : figure.people;
    }),
  }));
  const values = groups.flatMap((g) => g.values);
  return [
    {
      kind: 'chart',
      title: 'Participation over time (everyone, by the end of each month)',
      series: OVER_TIME.map((s) => s.label),
      groups,
      max: Math.max(1, ...values.map((v) => v ?? 0)),
      note: values.includes(null) ? gapNote(min) : null,
    },
  ];
}

function takeawayRows(takeaways: string | undefined): OutlineRow[] {
  const paragraphs = (takeaways ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paragraphs.length === 0
    ? [{ kind: 'text', text: 'HR has not written the key takeaways yet.' }]
    : paragraphs.map((text) => ({ kind: 'paragraph', text }));
}

function quoteRows(quotes: readonly Quote[]): OutlineRow[] {
  return quotes.length === 0
    ? [{ kind: 'text', text: 'No quotes were chosen for this report.' }]
    : [
        {
          kind: 'text',
          text: 'In participants’ own words, quoted with their agreement and without their names.',
        },
        ...quotes.map(
          (q): OutlineRow => ({ kind: 'quote', text: q.text, side: SIDE_LABELS[q.side], prompt: q.prompt }),
        ),
      ];
}

function cohortRows(cohorts: CohortComparison | undefined, min: number): OutlineRow[] {
  if (!cohorts || cohorts.cohorts.length <= 1)
    return [
      {
        kind: 'text',
        text: 'There is no earlier cohort of this program to compare with yet. When the program is run again as a new cohort, the next report compares the two.',
      },
    ];
  const hidden = cohorts.rows.some((r) => r.cells.some((c) => c.hidden));
  return [
    {
      kind: 'table',
      columns: ['Measure', ...cohorts.cohorts.map((c) => (c.current ? `${c.name} (this cohort)` : c.name))],
      rows: cohorts.rows.map((r) => ({
        label: r.label,
        cells: r.cells.map((c) => (c.hidden ? 'Hidden' : c.value === null ? 'Not yet' : c.text)),
      })),
    },
    ...(hidden
      ? [
          {
            kind: 'text',
            text: `Hidden: fewer than ${min} people were behind the figure, so they could be recognised.`,
          } as const,
        ]
      : []),
  ];
}

function funnelRows(funnel: readonly FunnelStageFigure[]): OutlineRow[] {
  return GROUPS.flatMap(({ key, label }) => {
    const figures = funnel.map((stage) => ({ stage: stage.stage, figure: of(stage, key) }));
    const counts = figures.map(({ figure }) => (figure.suppressed ? 0 : figure.people));
    const max = Math.max(1, ...counts);
    const bars = FUNNEL_STAGES.flatMap((stage): OutlineRow[] => {
      const found = figures.find((f) => f.stage === stage);
      if (!found) return [];
      const { figure } = found;
      return [
        {
          kind: 'bar',
          label: stage[0]!.toUpperCase() + stage.slice(1),
          value: figure.suppressed ? null : figure.people,
          max,
          text: words(figure, (f) => people(f.people)),
        },
      ];
    });
    return [{ kind: 'subheading', text: label } as const, ...bars];
  });
}

function engagementRows(engagement: Engagement): OutlineRow[] {
  const { meetings, agreements, pulse, goals } = engagement;
  return [
    {
      kind: 'figure',
      label: 'Meetings held',
      value: words(meetings, (m) => `${m.held} of ${m.planned} planned so far (${m.heldPercent}%)`),
    },
    {
      kind: 'figure',
      label: 'Agreements agreed',
      value: words(agreements, (a) => `${a.agreed} of ${a.pairs} pairs (${a.agreedPercent}%)`),
    },
    ...GROUPS.map(
      ({ key, label }): OutlineRow => ({
        kind: 'figure',
        label: `Meeting rating, ${label.toLowerCase()}`,
        value: words(of(pulse, key), (p) => `${p.mean} out of 5, from ${people(p.raters)}`),
      }),
    ),
    ...GROUPS.map(
      ({ key, label }): OutlineRow => ({
        kind: 'figure',
        label: `Goals completed, ${label.toLowerCase()}`,
        value: words(of(goals, key), (g) => `${g.completed} of ${g.goals} (${g.completedPercent}%)`),
      }),
    ),
  ];
}

function learnedRows(heading: string, learned: LearnedBySide, min: number): OutlineRow[] {
  const max = Math.max(1, ...learned.skills.map((s) => s.learners));
  return [
    { kind: 'subheading', text: heading },
    {
      kind: 'figure',
      label: 'People who learned a skill',
      value: words(learned.learners, (l) => people(l.learners)),
    },
    ...(learned.skills.length === 0
      ? [{ kind: 'text', text: `No skill was learned by at least ${people(min)} yet.` } as const]
      : learned.skills.map(
          (s): OutlineRow => ({
            kind: 'bar',
            label: s.skill,
            value: s.learners,
            max,
            text: `${people(s.learners)}, ${s.lessons} ${s.lessons === 1 ? 'lesson' : 'lessons'}`,
          }),
        )),
  ];
}

function retentionRows(retention: ImpactForReport['retention']): OutlineRow[] {
  const whos = [
    { name: 'Participants', group: retention.participants },
    { name: 'Comparable colleagues', group: retention.comparison },
  ];
  return HORIZONS.flatMap((months) => [
    { kind: 'subheading', text: `Still employed after ${months} months` } as const,
    ...GROUPS.flatMap(({ key, label }) =>
      whos.map(({ name, group }): OutlineRow => {
        const figure = of(group, key);
        const percent = figure.suppressed
          ? null
          : (figure.horizons.find((h) => h.months === months)?.percent ?? null);
        const text = figure.suppressed
          ? figure.message
          : percent === null
            ? 'Not measurable yet.'
            : `${percent}% of ${people(figure.people)}`;
        return { kind: 'bar', label: `${name}, ${label.toLowerCase()}`, value: percent, max: 100, text };
      }),
    ),
  ]);
}

/** The report's outline from the program's impact; see the rules above. */
export function impactReportOutline(impact: ImpactForReport): ImpactReportOutline {
  const { program, minGroupSize, learning } = impact;
  const quotes = impact.quotes ?? null;
  return {
    title: `Impact report: ${program.name}`,
    lines: [
      `Program: ${program.startDate} to ${program.endDate}`,
      `Figures as of ${impact.asOf}`,
      quotes === null
        ? `These figures are aggregates: totals and shares, never a person's name or words. Any figure about fewer than ${people(minGroupSize)} is hidden, so nobody can be recognised.`
        : `These figures are aggregates: totals and shares, never a person's name. Quotes appear only where their authors agreed, without names. Any figure about fewer than ${people(minGroupSize)} is hidden, so nobody can be recognised.`,
    ],
    sections: [
      { heading: 'Key takeaways', rows: takeawayRows(impact.takeaways) },
      {
        heading: 'Objectives',
        rows: [...objectiveRows(impact.objectives), ...objectivesChart(impact.objectives)],
      },
      {
        heading: 'Participation',
        rows: [
          ...(impact.byMonth ? overTimeRows(impact.byMonth, program.endDate, minGroupSize) : []),
          ...funnelRows(impact.funnel),
        ],
      },
      { heading: 'Engagement', rows: engagementRows(impact.engagement) },
      {
        heading: 'Learning, both ways',
        rows: [
          ...learnedRows('What mentees learned from mentors', learning.learnedBy.mentee, minGroupSize),
          ...learnedRows('What mentors learned from mentees', learning.learnedBy.mentor, minGroupSize),
        ],
      },
      { heading: 'Retention against comparable colleagues', rows: retentionRows(impact.retention) },
      { heading: 'Compared with earlier cohorts', rows: cohortRows(impact.cohorts, minGroupSize) },
      ...(quotes === null ? [] : [{ heading: 'In their words', rows: quoteRows(quotes) }]),
    ],
  };
}
