import { Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { useCohortComparison } from './report-api';
import type { CohortComparison } from './report-types';

function ComparisonTable({ comparison }: { comparison: CohortComparison }) {
  const hidden = comparison.rows.some((r) => r.cells.some((c) => c.hidden));
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder striped aria-label="This cohort against earlier cohorts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Measure</Table.Th>
              {comparison.cohorts.map((c) => (
                <Table.Th scope="col" key={c.programId}>
                  {c.current ? `${c.name} (this cohort)` : c.name}
                  <Text size="xs" c="dimmed" fw="normal">
                    {`${formatDate(c.startDate)} – ${formatDate(c.endDate)}`}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.rows.map((row) => (
              <Table.Tr key={row.measure} data-testid={`cohort-row-${row.measure}`}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {row.cells.map((cell, i) => (
                  <Table.Td
                    key={comparison.cohorts[i]?.programId ?? i}
                    {...(cell.value === null ? { c: 'dimmed' } : {})}
                  >
                    {cell.hidden ? 'Hidden' : cell.value === null ? 'Not yet' : cell.text}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hidden ? (
        <Text size="sm" c="dimmed">
          Hidden: too few people were behind the figure, so they could be recognised.
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * The program's headline measures against its earlier cohorts (the programs it was cloned from), for
 * HR and the sponsor alike: aggregates only, hidden figures stay hidden.
 */
export function CohortComparisonSection({ programId }: { programId: string }) {
  const comparison = useCohortComparison(programId);
  const data = comparison.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="cohorts-title">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="cohorts-title">
          Compared with earlier cohorts
        </Title>
        {comparison.isError ? <ErrorAlert error={comparison.error} /> : null}
        {comparison.isPending ? <Skeleton height={120} aria-label="Loading the comparison" /> : null}
        {data && data.cohorts.length <= 1 ? (
          <Text size="sm" c="dimmed">
            There is no earlier cohort of this program to compare with yet. When the program is run again as a
            new cohort, its report compares the two.
          </Text>
        ) : null}
        {data && data.cohorts.length > 1 ? <ComparisonTable comparison={data} /> : null}
      </Stack>
    </Paper>
  );
}
