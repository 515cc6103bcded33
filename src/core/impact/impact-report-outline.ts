import type { Engagement } from '#core/impact/engagement';
import type { ImpactAggregates } from '#core/impact/impact-aggregates';
import type { LearnedBySide } from '#core/impact/learning-exchange';
import type { ObjectiveResult, ObjectiveStatus } from '#core/impact/objective-results';
import { FUNNEL_STAGES, type FunnelStageFigure } from '#core/impact/participation-funnel';
import type { Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import type { Figure } from '#core/surveys/suppression';

/**
 * The impact report as an ordered outline (issue 8), for a renderer to draw as a printable document:
 * a title, lines under it, then sections of rows. The layout decisions live here; the renderer only
 * draws. Only what the report on screen shows: counts, shares and skill names, never a person's name
 * or a participant's words. A hidden figure is its message ("Hidden: fewer than 5 people…"), never its
 * number, and a hidden bar has no length.
 *
 * - A `figure` row is a label and its value in words; a `bar` row is a share of `max` with its words
 *   (`value` null when hidden or not measurable yet); a `text` row is a sentence; `subheading` groups.
 * - Participation: a bar per stage for everyone, mentors and mentees, each against the group's
 *   invited count (or the largest shown count when that one is hidden).
 * - Retention: a bar per horizon (6 and 12 months) for participants and comparable colleagues.
 */
export type OutlineRow =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
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

export type ImpactForReport = ImpactAggregates & {
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
  return {
    title: `Impact report: ${program.name}`,
    lines: [
      `Program: ${program.startDate} to ${program.endDate}`,
      `Figures as of ${impact.asOf}`,
      `These figures are aggregates: totals and shares, never a person's name or words. Any figure about fewer than ${people(minGroupSize)} is hidden, so nobody can be recognised.`,
    ],
    sections: [
      { heading: 'Objectives', rows: objectiveRows(impact.objectives) },
      { heading: 'Participation', rows: funnelRows(impact.funnel) },
      { heading: 'Engagement', rows: engagementRows(impact.engagement) },
      {
        heading: 'Learning, both ways',
        rows: [
          ...learnedRows('What mentees learned from mentors', learning.learnedBy.mentee, minGroupSize),
          ...learnedRows('What mentors learned from mentees', learning.learnedBy.mentor, minGroupSize),
        ],
      },
      { heading: 'Retention against comparable colleagues', rows: retentionRows(impact.retention) },
    ],
  };
}
