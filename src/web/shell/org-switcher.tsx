import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { messageOf } from '../api/api-error';
import { api } from '../api/client';
import { forgetOrgData, rememberSession } from '../api/session';
import { useSession } from '../api/session-context';
import type { Me } from '../api/types';

/** Shown only to people who belong to several organisations. */
export function OrgSwitcher() {
  const me = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchOrg = useMutation({
    mutationFn: (orgId: string) => api.post<Me>('/auth/switch-org', { orgId }),
    onSuccess: (session) => {
      // Nothing cached for the previous organisation may show up in the next one.
      forgetOrgData(queryClient);
      rememberSession(queryClient, session);
      navigate('/');
      notifications.show({ message: `You are now in ${session.org.name}.` });
    },
    onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
  });

  return (
    <Select
      aria-label="Organisation"
      data={me.orgs.map((org) => ({ value: org.id, label: org.name }))}
      value={me.org.id}
      onChange={(orgId) => {
        if (orgId && orgId !== me.org.id) switchOrg.mutate(orgId);
      }}
      allowDeselect={false}
      disabled={switchOrg.isPending}
      w={{ base: 170, sm: 220 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
