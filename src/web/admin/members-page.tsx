import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { messageOf } from '../api/api-error';
import { api } from '../api/client';
import { meQueryKey } from '../api/session';
import { useSession } from '../api/session-context';
import type { Member, Role } from '../api/types';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { ConfirmOwnAdminRemoval } from './confirm-own-admin-removal';
import { InviteModal } from './invite-modal';
import { MembersTable } from './members-table';
import { membersQueryKey, useMembers } from './use-members';

interface RolesChange {
  member: Member;
  roles: Role[];
}

export function MembersPage() {
  const me = useSession();
  const queryClient = useQueryClient();
  const members = useMembers();
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<RolesChange | null>(null);

  const inviteOpen = params.get('invite') === '1';
  const setInviteOpen = (open: boolean) => setParams(open ? { invite: '1' } : {}, { replace: true });

  const saveRoles = useMutation({
    mutationFn: ({ member, roles }: RolesChange) =>
      api.put<{ member: Member }>(`/admin/members/${encodeURIComponent(member.id)}/roles`, { roles }),
    onSuccess: ({ member }) => {
      queryClient.setQueryData<{ items: Member[] }>(membersQueryKey, (data) =>
        data ? { items: data.items.map((item) => (item.id === member.id ? member : item)) } : data,
      );
      notifications.show({ message: `Roles saved for ${member.name}.` });
      if (member.accountId === me.account.id) void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Roles not saved', message: messageOf(error) }),
  });

  const onRolesChange = (member: Member, roles: Role[]) => {
    const removesOwnAdmin =
      member.accountId === me.account.id &&
      member.roles.includes('org_admin') &&
      !roles.includes('org_admin');
    if (removesOwnAdmin) setPending({ member, roles });
    else saveRoles.mutate({ member, roles });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Members & roles"
        description="Everyone who can sign in to this organisation, and what each of them may do."
        actions={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviteOpen(true)}>
            Invite someone
          </Button>
        }
      />
      {members.isError ? (
        <ErrorAlert error={members.error} />
      ) : (
        <MembersTable
          members={members.data}
          myAccountId={me.account.id}
          savingId={saveRoles.isPending ? (saveRoles.variables?.member.id ?? null) : null}
          onRolesChange={onRolesChange}
        />
      )}
      <InviteModal opened={inviteOpen} onClose={() => setInviteOpen(false)} />
      <ConfirmOwnAdminRemoval
        opened={pending !== null}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) saveRoles.mutate(pending);
          setPending(null);
        }}
      />
    </Stack>
  );
}
