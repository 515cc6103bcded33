import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import { formatDate } from '../../common/format';
import { TableSkeleton } from '../../common/table-skeleton';
import { sideLabel } from '../../programs/program-labels';
import type { EnrollmentRow } from '../enrollment-types';
import { StatusBadge } from '../status-badge';

interface EnrollmentsTableProps {
  rows: EnrollmentRow[] | undefined;
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  onOpen: (id: string) => void;
}

export function EnrollmentsTable({ rows, selected, onSelect, onOpen }: EnrollmentsTableProps) {
  const all = rows ?? [];
  const allSelected = all.length > 0 && all.every((r) => selected.has(r.id));
  const someSelected = all.some((r) => selected.has(r.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing="sm" aria-label="Participants">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label="Select everyone shown"
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={() => onSelect(allSelected ? new Set() : new Set(all.map((r) => r.id)))}
              />
            </Table.Th>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Side</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Department</Table.Th>
            <Table.Th scope="col">Level</Table.Th>
            <Table.Th scope="col">Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {rows ? (
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.id}
                data-testid={`enrollment-${row.id}`}
                {...(selected.has(row.id) ? { bg: 'teal.0' } : {})}
              >
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${row.person.name}`}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      ta="left"
                      onClick={() => onOpen(row.id)}
                    >
                      {row.person.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {row.person.title}
                    </Text>
                    {row.nominatedBy ? (
                      <Text size="sm">
                        Nominated by {row.nominatedBy}
                        {row.nominationNote ? `: “${row.nominationNote}”` : ''}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{sideLabel(row.side)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>{row.person.department || '—'}</Table.Td>
                <Table.Td>{row.person.level ?? '—'}</Table.Td>
                <Table.Td>
                  {row.submittedAt ? formatDate(row.submittedAt) : <Text c="dimmed">Not yet</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ) : (
          <TableSkeleton columns={7} rows={5} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
