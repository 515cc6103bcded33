import { Stack, Table, Text } from '@mantine/core';
import { formatDate } from '../../common/format';
import { TableSkeleton } from '../../common/table-skeleton';
import type { Nomination } from '../enrollment-types';
import { StatusBadge } from '../status-badge';

export function NomineesTable({ nominations }: { nominations: Nomination[] | undefined }) {
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table verticalSpacing="sm" aria-label="Your nominees">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Nominated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {nominations ? (
          <Table.Tbody>
            {nominations.map((n) => (
              <Table.Tr key={`${n.program.id}-${n.person.id}`} data-testid={`nominee-${n.person.id}`}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fw={600}>{n.person.name}</Text>
                    <Text size="sm" c="dimmed">
                      {[n.person.title, n.person.department].filter(Boolean).join(', ')}
                    </Text>
                    {n.note ? <Text size="sm">“{n.note}”</Text> : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{n.program.name}</Table.Td>
                <Table.Td>
                  <StatusBadge status={n.status} />
                </Table.Td>
                <Table.Td>{formatDate(n.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ) : (
          <TableSkeleton columns={4} rows={3} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
