import { Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../common/format';
import type { RunChange } from './pairing-types';

const actionWords: Record<string, string> = {
  pin: 'Pinned',
  unpin: 'Unpinned',
  block: 'Blocked',
  swap: 'Swapped mentees',
  pair: 'Paired by hand',
  remove: 'Removed',
};

function describe(change: RunChange): string {
  const detail = change.detail as Record<string, unknown>;
  const names = ['mentorName', 'menteeName', 'otherMenteeName']
    .map((key) => detail[key])
    .filter((value): value is string => typeof value === 'string');
  const summary = typeof detail.summary === 'string' ? detail.summary : names.join(', ');
  const what = actionWords[change.action] ?? change.action;
  return summary ? `${what}: ${summary}` : what;
}

/** Every override of the algorithm's suggestion: who, when, what and why. */
export function ChangesList({ changes }: { changes: RunChange[] }) {
  return (
    <section aria-labelledby="changes-title">
      <Title order={3} fz="h4" id="changes-title" mb="xs">
        Changes ({changes.length})
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No changes yet: these are the matcher's proposals as they came out.
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={`${change.createdAt}-${change.action}-${JSON.stringify(change.detail)}`}>
                <Table.Td>{formatDateTime(change.createdAt)}</Table.Td>
                <Table.Td>{change.actorName ?? '—'}</Table.Td>
                <Table.Td>{describe(change)}</Table.Td>
                <Table.Td>{change.reason || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
