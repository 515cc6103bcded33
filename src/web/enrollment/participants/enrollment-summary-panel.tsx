import { Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../common/error-alert';
import { ENROLLMENT_STATUSES, type Side } from '../../programs/program-types';
import { statusLabels } from '../status-labels';
import { useEnrollmentSummary } from './use-enrollments';

const sides: Side[] = ['mentor', 'mentee'];

function CountTable({
  title,
  caption,
  rows,
}: {
  title: string;
  caption: string;
  rows: [ReactNode, number, number][];
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} fz="h5">
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No one yet.
          </Text>
        ) : (
          <Table verticalSpacing={4} aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{title}</Table.Th>
                <Table.Th scope="col">Mentors</Table.Th>
                <Table.Th scope="col">Mentees</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(([label, mentor, mentee]) => (
                <Table.Tr key={String(label)}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  <Table.Td>{mentor}</Table.Td>
                  <Table.Td>{mentee}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

/** Counts per side and status, and (applied and approved) per department and level. */
export function EnrollmentSummaryPanel({ programId }: { programId: string }) {
  const summary = useEnrollmentSummary(programId);
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  if (!summary.data) return <Skeleton height={140} aria-label="Loading the counts" />;
  const { bySide, byDepartment, byLevel } = summary.data;
  const statusRows = ENROLLMENT_STATUSES.filter((s) => sides.some((side) => bySide[side][s] > 0)).map(
    (s): [ReactNode, number, number] => [statusLabels[s], bySide.mentor[s], bySide.mentee[s]],
  );
  return (
    <Stack gap="xs" data-testid="enrollment-summary">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <CountTable title="Status" caption="People per status and side" rows={statusRows} />
        <CountTable
          title="Department"
          caption="Applied and approved per department"
          rows={byDepartment.map((d) => [d.department || 'No department', d.mentor, d.mentee])}
        />
        <CountTable
          title="Level"
          caption="Applied and approved per level"
          rows={byLevel.map((l) => [l.level === null ? 'No level' : `Level ${l.level}`, l.mentor, l.mentee])}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Department and level counts include people who applied and people approved.
      </Text>
    </Stack>
  );
}
