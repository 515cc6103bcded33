import { type CsvCell, figureCell, toCsv } from '#core/impact/csv-export';
import type { ImpactAggregates, RetentionSummaryGroup } from '#core/impact/impact-aggregates';
import type { Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import type { Figure } from '#core/surveys/suppression';

/**
 * A program's impact as one CSV of aggregates (issue 8), for HR's own charts: one row per figure, in
 * long form — section, measure, group, value, unit — so it sorts and pivots without a key. Only what the
 * report shows: a hidden figure is written as `hidden` (or `none yet`), never its value; skills learned
 * by fewer than the minimum are not in the report, so not here. Text goes through csv-export.ts, so a
 * skill or objective written like a formula cannot run in a spreadsheet.
 */
type Row = readonly [section: string, measure: string, group: string, value: CsvCell, unit: string];
export const IMPACT_CSV_HEADER = ['section', 'measure', 'group', 'value', 'unit'] as const;

const GROUPS = { overall: 'everyone', mentor: 'mentors', mentee: 'mentees' } as const;

function split<T extends object>(
  section: string,
  measure: string,
  figures: { overall: Figure<T>; bySide: BySide<T> },
  pick: (shown: T) => number | null,
  unit: string,
): Row[] {
  const sides: Side[] = ['mentor', 'mentee'];
  return [
    [section, measure, GROUPS.overall, figureCell(figures.overall, pick), unit],
    ...sides.map(
      (side): Row => [section, measure, GROUPS[side], figureCell(figures.bySide[side], pick), unit],
    ),
  ];
}

function retentionRows(label: string, group: RetentionSummaryGroup): Row[] {
  const months = [6, 12];
  return [
    ...split('retention', `${label} followed`, group, (f) => f.people, 'people'),
    ...months.flatMap((m) =>
      split(
        'retention',
        `${label} still employed after ${m} months`,
        group,
        (f) => f.horizons.find((h) => h.months === m)?.percent ?? null,
        '%',
      ),
    ),
  ];
}

/** The impact's figures as CSV rows; see the rules above. */
export function impactCsvRows(impact: ImpactAggregates): Row[] {
  const { engagement, learning } = impact;
  const alone = <T extends object>(
    measure: string,
    figure: Figure<T>,
    pick: (f: T) => number,
    unit: string,
  ) => ['engagement', measure, GROUPS.overall, figureCell(figure, pick), unit] as const;
  return [
    ...impact.funnel.flatMap((stage) =>
      split('participation', stage.stage, stage, (f) => f.people, 'people'),
    ),
    alone('meetings planned so far', engagement.meetings, (f) => f.planned, 'meetings'),
    alone('meetings held', engagement.meetings, (f) => f.held, 'meetings'),
    alone('meetings held of planned', engagement.meetings, (f) => f.heldPercent, '%'),
    alone('pairs with an agreed agreement', engagement.agreements, (f) => f.agreedPercent, '%'),
    ...split('engagement', 'average meeting rating (1-5)', engagement.pulse, (f) => f.mean, 'points'),
    ...split('engagement', 'goals completed', engagement.goals, (f) => f.completedPercent, '%'),
    ...(['mentee', 'mentor'] as const).flatMap((side) => {
      const learned = learning.learnedBy[side];
      return [
        [
          'learning',
          'people who learned a skill',
          GROUPS[side],
          figureCell(learned.learners, (f) => f.learners),
          'people',
        ] as const,
        ...learned.skills.map(
          (s) => ['learning', `learned: ${s.skill}`, GROUPS[side], s.learners, 'people'] as const,
        ),
      ];
    }),
    ...retentionRows('participants', impact.retention.participants),
    ...retentionRows('comparable colleagues', impact.retention.comparison),
    ...impact.objectives.flatMap((o): Row[] => [
      ['objectives', o.text, GROUPS.overall, o.value, o.unit],
      ['objectives', `${o.text} (target ${o.comparator} ${o.target})`, GROUPS.overall, o.status, ''],
    ]),
  ];
}

/** The whole CSV text, with a byte order mark so spreadsheets read it as UTF-8. */
export function impactCsv(impact: ImpactAggregates): string {
  return toCsv(IMPACT_CSV_HEADER, impactCsvRows(impact), { bom: true });
}
