import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import type { FunnelPeriod, FunnelStage } from '#core/impact/participation-funnel';
import { ChartFrame, type LegendItem } from './chart-frame';
import { gapNote, monthLabel } from './chart-format';
import { countTicks, LineChart } from './line-chart';

type Scope = 'all' | 'mentor' | 'mentee';
const SCOPES: { value: Scope; label: string; people: string }[] = [
  { value: 'all', label: 'Everyone', people: 'everyone' },
  { value: 'mentor', label: 'Mentors', people: 'mentors' },
  { value: 'mentee', label: 'Mentees', people: 'mentees' },
];
const LINES: (LegendItem & { stage: FunnelStage })[] = [
  {
    key: 'matched',
    stage: 'matched',
    label: 'Matched',
    color: 'var(--mantine-color-teal-8)',
    marker: 'circle',
  },
  {
    key: 'active',
    stage: 'active',
    label: 'Held a meeting',
    color: 'var(--mantine-color-indigo-7)',
    dash: '8 4',
    marker: 'square',
  },
  {
    key: 'completed',
    stage: 'completed',
    label: 'Completed',
    color: 'var(--mantine-color-grape-8)',
    dash: '2 4',
    marker: 'diamond',
  },
];

/** A period's count at a stage for the scope, or null when the figure is hidden. */
function countAt(period: FunnelPeriod, stage: FunnelStage, scope: Scope): number | null {
  const figure = period.stages.find((s) => s.stage === stage);
  if (!figure) return null;
  const f = scope === 'all' ? figure.overall : figure.bySide[scope];
  return f.suppressed ? null : f.people;
}

/**
 * "Participation over time": how many people had been matched, had held a meeting and had completed
 * by the end of each month since the start (funnel.byMonth, cumulative), for everyone or one side.
 * A hidden figure is a gap in its line.
 */
export function ParticipationChart({
  byMonth,
  minGroupSize,
  startDate,
}: {
  byMonth: readonly FunnelPeriod[];
  minGroupSize: number;
  startDate: string;
}) {
  const [scope, setScope] = useState<Scope>('all');
  const title = 'Participation over time';
  if (byMonth.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="participation-chart-empty">
        {`${title}: nothing to chart yet. The first month appears once the program has started (${monthLabel(startDate)}).`}
      </Text>
    );
  const months = byMonth.map((p) => monthLabel(p.start));
  const series = LINES.map((line) => ({
    ...line,
    values: byMonth.map((p) => countAt(p, line.stage, scope)),
  }));
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const hidden = series.some((s) => s.values.includes(null));
  const who = SCOPES.find((s) => s.value === scope)!;
  return (
    <ChartFrame
      title={title}
      description={`People matched, holding meetings and completing the program by the end of each month, ${who.people}, from ${months[0]} to ${months[months.length - 1]}.`}
      legend={LINES}
      notes={hidden ? [gapNote(minGroupSize)] : []}
      table={{
        caption: `${title}, ${who.people}: people by the end of each month`,
        columns: ['Month', ...LINES.map((l) => l.label)],
        rows: months.map((month, i) => [
          month,
          ...series.map((s) => {
            const v = s.values[i];
            return v === null || v === undefined ? 'hidden' : String(v);
          }),
        ]),
      }}
    >
      <SegmentedControl
        className="no-print"
        size="xs"
        value={scope}
        onChange={(value) => setScope(value as Scope)}
        data={SCOPES.map(({ value, label }) => ({ value, label }))}
        aria-label="Whose participation to chart"
        style={{ alignSelf: 'flex-start' }}
      />
      <LineChart
        xLabels={months}
        series={series}
        yTicks={countTicks(max)}
        formatY={(v) => String(Math.round(v))}
      />
    </ChartFrame>
  );
}
