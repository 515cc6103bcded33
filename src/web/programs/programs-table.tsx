import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../common/format';
import { TableSkeleton } from '../common/table-skeleton';
import { PhaseBadge } from './phase-badge';
import { typeLabels } from './program-labels';
import type { ProgramSummary } from './program-types';

export function ProgramsTable({ programs }: { programs: ProgramSummary[] | undefined }) {
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" aria-label="Programs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Sponsor</Table.Th>
            <Table.Th scope="col">Approved mentors</Table.Th>
            <Table.Th scope="col">Approved mentees</Table.Th>
            <Table.Th scope="col">Waiting for a decision</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {programs ? (
          <Table.Tbody>
            {programs.map((program) => (
              <Table.Tr key={program.id} data-testid={`program-${program.id}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
                    {program.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {typeLabels[program.type]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PhaseBadge phase={program.phase} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDate(program.startDate)} – {formatDate(program.endDate)}
                  </Text>
                </Table.Td>
                <Table.Td>{program.sponsorName ?? <Text c="dimmed">None yet</Text>}</Table.Td>
                <Table.Td>{program.approvedMentors}</Table.Td>
                <Table.Td>{program.approvedMentees}</Table.Td>
                <Table.Td>{program.pendingApplications}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ) : (
          <TableSkeleton columns={7} rows={4} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
