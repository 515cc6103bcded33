import { Badge, Button, Table, Title } from '@mantine/core';
import { formatDateTime } from '../common/format';
import type { RunSummary } from './pairing-types';

const statusColors = { draft: 'blue', published: 'green', discarded: 'gray' } as const;

/** Every run of the program, newest first; a draft or the published run can be opened. */
export function RunsList({
  runs,
  viewing,
  onOpen,
}: {
  runs: RunSummary[];
  viewing: string | null;
  onOpen: (id: string) => void;
}) {
  return (
    <section aria-labelledby="runs-title">
      <Title order={3} fz="h4" id="runs-title" mb="xs">
        Runs
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Run</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Pairs</Table.Th>
            <Table.Th>Average score</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                {formatDateTime(run.createdAt)}
                {run.createdBy ? ` · ${run.createdBy}` : ''}
              </Table.Td>
              <Table.Td>{run.kind === 'rematch' ? 'Re-match' : 'First matching'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[run.status]}>
                  {run.status}
                </Badge>
              </Table.Td>
              <Table.Td>{run.quality.pairs}</Table.Td>
              <Table.Td>{Math.round(run.quality.averageScore)}</Table.Td>
              <Table.Td>
                {run.id === viewing ? (
                  'Viewing'
                ) : run.status === 'discarded' ? null : (
                  <Button size="xs" variant="default" onClick={() => onOpen(run.id)}>
                    Open
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
