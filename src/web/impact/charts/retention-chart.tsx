import { Stack, Text } from '@mantine/core';
import { formatDate } from '../../common/format';
import type { RetentionGroupView } from '../impact-types';
import { ChartFrame, type LegendItem } from './chart-frame';
import { monthLabel } from './chart-format';
import { LineChart } from './line-chart';

const GROUPS: (LegendItem & { group: 'participants' | 'comparison' })[] = [
  {
    key: 'participants',
    group: 'participants',
    label: 'Participants',
    color: 'var(--mantine-color-teal-8)',
    marker: 'circle',
  },
  {
    key: 'comparison',
    group: 'comparison',
    label: 'Comparable colleagues',
    color: 'var(--mantine-color-gray-7)',
    dash: '8 4',
    marker: 'square',
  },
];
const percent = (survival: number) => Math.round(survival * 1000) / 10;

/**
 * "Still employed": the share of participants and of comparable colleagues still employed at each
 * month since the program's start (the Kaplan–Meier curve sampled monthly by the server). A hidden
 * group has no line, and says why.
 */
export function RetentionChart({
  retention,
}: {
  retention: { participants: RetentionGroupView; comparison: RetentionGroupView };
}) {
  const title = 'Still employed';
  const shown = GROUPS.map((g) => ({ ...g, figure: retention[g.group].overall }));
  const hiddenNotes = shown.flatMap((g) => (g.figure.suppressed ? [`${g.label}: ${g.figure.message}`] : []));
  const points = shown
    .map((g) => (g.figure.suppressed ? [] : g.figure.monthly))
    .reduce((longest, m) => (m.length > longest.length ? m : longest), []);
  if (points.length === 0)
    return (
      <Stack gap={4} data-testid="retention-chart-empty">
        <Text size="sm" c="dimmed">
          {`${title}: nothing to chart yet.`}
        </Text>
        {hiddenNotes.map((note) => (
          <Text key={note} size="sm" c="dimmed">
            {note}
          </Text>
        ))}
      </Stack>
    );
  const series = shown.map((g) => ({
    ...g,
    values: points.map((_, i) => {
      const survival = g.figure.suppressed ? null : (g.figure.monthly[i]?.survival ?? null);
      return survival === null ? null : percent(survival);
    }),
  }));
  const gaps = series.some((s) => !retention[s.group].overall.suppressed && s.values.includes(null));
  return (
    <ChartFrame
      title={title}
      description="The share still employed at each month since the program started: participants against comparable colleagues who did not take part (same level and department, similar time with the organisation)."
      legend={GROUPS}
      notes={[
        ...hiddenNotes,
        ...(gaps ? ['A gap is a month the records cannot say anything about yet.'] : []),
      ]}
      table={{
        caption: `${title}: share still employed at each month since the start`,
        columns: ['Month', ...GROUPS.map((g) => g.label)],
        rows: points.map((p, i) => [
          `${formatDate(p.date)} (month ${p.month})`,
          ...series.map((s) => {
            const v = s.values[i];
            return retention[s.group].overall.suppressed
              ? 'hidden'
              : v === null || v === undefined
                ? '—'
                : `${v}%`;
          }),
        ]),
      }}
    >
      <LineChart
        xLabels={points.map((p) => monthLabel(p.date))}
        series={series}
        yTicks={[0, 25, 50, 75, 100]}
        formatY={(v) => `${v}%`}
      />
    </ChartFrame>
  );
}
