import { Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../common/format';
import type { RunChange } from './pairing-types';

type Named = { id: string; name: string } | null | undefined;

/** The server records who was involved: `{ mentor, mentee, otherMentee, mentorBefore }`, each `{ id, name }`. */
interface ChangeDetail {
  mentor?: Named;
  mentee?: Named;
  otherMentee?: Named;
  mentorBefore?: Named;
}

const nameOf = (who: Named) => who?.name ?? 'someone';

function describe(change: RunChange): string {
  const d = change.detail as ChangeDetail;
  const both = `${nameOf(d.mentor)} with ${nameOf(d.mentee)}`;
  switch (change.action) {
    case 'pin':
      return `Pinned ${both}`;
    case 'unpin':
      return `Unpinned ${both}`;
    case 'block':
      return `Blocked ${both}`;
    case 'remove':
      return `Removed ${both}`;
    case 'swap':
      return `Swapped the mentors of ${nameOf(d.mentee)} and ${nameOf(d.otherMentee)}`;
    case 'pair': {
      const before =
        d.mentorBefore && d.mentorBefore.id !== d.mentor?.id ? ` (instead of ${d.mentorBefore.name})` : '';
      return `Paired ${both} by hand${before}`;
    }
    default:
      return change.action;
  }
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
