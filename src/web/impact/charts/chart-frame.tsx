import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';
import type { Marker } from './line-chart';
import './charts.css';

export type LegendItem = { key: string; label: string; color: string; dash?: string; marker: Marker };
export type DataTable = { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] };

function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg width={28} height={12} aria-hidden style={{ flex: 'none' }}>
      <line x1={0} x2={28} y1={6} y2={6} stroke={item.color} strokeWidth={2.5} strokeDasharray={item.dash} />
      {item.marker === 'square' ? (
        <rect x={10} y={2} width={8} height={8} fill={item.color} />
      ) : item.marker === 'diamond' ? (
        <path d="M14 1L19 6L14 11L9 6Z" fill={item.color} />
      ) : (
        <circle cx={14} cy={6} r={4} fill={item.color} />
      )}
    </svg>
  );
}

/**
 * A chart with what everyone needs around it: a title, one sentence saying what it shows (the
 * drawing's accessible description), a legend, notes (e.g. why there are gaps) and the same numbers
 * as a table. The table is for screen readers and printouts even while hidden on screen; a button
 * shows it to anyone who would rather read the numbers. `.chart-figure` and `.chart-data` are styled
 * for print in print.css.
 */
export function ChartFrame({
  title,
  description,
  legend,
  notes = [],
  table,
  children,
}: {
  title: string;
  description: string;
  legend: readonly LegendItem[];
  notes?: readonly string[];
  table: DataTable;
  children: ReactNode;
}) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Stack
      component="figure"
      gap="xs"
      m={0}
      className="chart-figure"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <Text fw={600} id={`${id}-title`}>
        {title}
      </Text>
      <Text size="sm" c="dimmed" id={`${id}-description`}>
        {description}
      </Text>
      {children}
      <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Legend">
        {legend.map((item) => (
          <Group key={item.key} gap={6} component="li" wrap="nowrap">
            <Swatch item={item} />
            <Text size="sm">{item.label}</Text>
          </Group>
        ))}
      </Group>
      {notes.map((note) => (
        <Text key={note} size="sm" c="dimmed" data-testid="chart-note">
          <IconEyeOff size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {note}
        </Text>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        className="no-print"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((shown) => !shown)}
        style={{ alignSelf: 'flex-start' }}
      >
        {showTable ? 'Hide the numbers' : 'Show the numbers'}
      </Button>
      <div id={`${id}-table`} className={showTable ? undefined : 'chart-data'}>
        <Table withTableBorder striped fz="sm" captionSide="top">
          <caption>{table.caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map(([head, ...cells]) => (
              <Table.Tr key={head}>
                <Table.Th scope="row" fw={400}>
                  {head}
                </Table.Th>
                {cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row, in column order
                  <Table.Td key={i}>{c}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
