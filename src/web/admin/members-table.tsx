import { Badge, Stack, Table, Text } from '@mantine/core';
import type { Member, Role } from '../api/types';
import { formatDateTime } from '../common/format';
import { TableSkeleton } from '../common/table-skeleton';
import { MemberRoles } from './member-roles';

interface MembersTableProps {
  members: Member[] | undefined;
  myAccountId: string;
  savingId: string | null;
  onRolesChange: (member: Member, roles: Role[]) => void;
}

function Status({ member }: { member: Member }) {
  if (member.status === 'invited') {
    return (
      <Badge color="yellow" variant="light" tt="none">
        Invitation sent
      </Badge>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {member.lastLoginAt ? `Last signed in ${formatDateTime(member.lastLoginAt)}` : 'Not signed in yet'}
    </Text>
  );
}

export function MembersTable({ members, myAccountId, savingId, onRolesChange }: MembersTableProps) {
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing="sm" aria-label="Members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Member</Table.Th>
            <Table.Th scope="col">Roles</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {members ? (
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.id} data-testid={`member-${member.email}`}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fw={500}>
                      {member.name}
                      {member.accountId === myAccountId ? ' (you)' : ''}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {member.email}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <MemberRoles
                    member={member}
                    disabled={savingId === member.id}
                    onChange={(roles) => onRolesChange(member, roles)}
                  />
                </Table.Td>
                <Table.Td>
                  <Status member={member} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ) : (
          <TableSkeleton columns={3} rows={4} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
