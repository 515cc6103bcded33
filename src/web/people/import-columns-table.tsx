import { Code, Table } from '@mantine/core';

const columns: [string, string, string][] = [
  ['email', 'Required', 'Work email. People are matched by email on re-import (case does not matter).'],
  ['name', 'Required', 'Full name.'],
  ['title', '', 'Job title.'],
  ['level', '', 'Seniority grade, a whole number from 1 (entry) to 20.'],
  ['department', '', 'Department or team.'],
  [
    'manager_email',
    '',
    "The manager's email: someone in the file or already in Counterpart. Empty for none.",
  ],
  ['location', '', 'Office or city.'],
  ['time_zone', '', 'IANA name such as Europe/London or America/New_York. Empty means UTC.'],
  ['hire_date', '', 'YYYY-MM-DD, e.g. 2021-09-01. Other date formats are not accepted.'],
  ['employment_status', '', 'active, on_leave or left. Empty means active.'],
  ['end_date', '', 'YYYY-MM-DD. Required when the status is left; not before the hire date.'],
];

/** What each column of the people CSV holds. */
export function ImportColumnsTable() {
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="xs" aria-label="CSV columns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col" />
            <Table.Th scope="col">What it holds</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map(([name, required, meaning]) => (
            <Table.Tr key={name}>
              <Table.Td>
                <Code>{name}</Code>
              </Table.Td>
              <Table.Td>{required}</Table.Td>
              <Table.Td>{meaning}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
