import { Alert, Stack, Table, Text } from '@mantine/core';
import type { ApiIssue } from '../api/api-error';

/** The row-level report of a file that cannot be imported. */
export function ImportProblemsTable({ message, issues }: { message: string; issues: ApiIssue[] }) {
  return (
    <Stack gap="sm">
      <Alert color="red" variant="light" role="alert" title="The file cannot be imported">
        {message} Fix these rows in your spreadsheet, save it as CSV and check it again.
      </Alert>
      <Table.ScrollContainer minWidth={560} type="native" mah={480}>
        <Table striped verticalSpacing="xs" aria-label="Problems in the file" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Row</Table.Th>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue, index) => (
              // problems have no id; their order is the report's
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
              <Table.Tr key={index}>
                <Table.Td>{issue.path[0] ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {issue.path[1] ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
