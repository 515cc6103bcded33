import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Person } from '../api/types';
import { TableSkeleton } from '../common/table-skeleton';
import { EmploymentStatusBadge } from './employment-status';

const columns = ['Name', 'Title', 'Level', 'Department', 'Manager', 'Location', 'Status'];

export function PeopleTable({ people }: { people: Person[] | undefined }) {
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="People">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {people ? (
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${person.id}`} fw={500}>
                    {person.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{person.title}</Table.Td>
                <Table.Td>{person.level ?? '—'}</Table.Td>
                <Table.Td>{person.department}</Table.Td>
                <Table.Td>{person.managerName ?? '—'}</Table.Td>
                <Table.Td>{person.location}</Table.Td>
                <Table.Td>
                  <EmploymentStatusBadge status={person.employmentStatus} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ) : (
          <TableSkeleton columns={columns.length} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
