import { Alert, Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '../api/api-error';
import { api } from '../api/client';
import { useSession } from '../api/session-context';
import { type Member, type Role, roles } from '../api/types';
import { roleDescriptions, roleLabels } from '../auth/roles';
import { validateEmail, validateRequired } from '../auth/validate';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { membersQueryKey } from './use-members';

interface InviteModalProps {
  opened: boolean;
  onClose: () => void;
}

interface InviteValues {
  email: string;
  name: string;
  roles: Role[];
}

export function InviteModal({ opened, onClose }: InviteModalProps) {
  const me = useSession();
  const queryClient = useQueryClient();
  const form = useForm<InviteValues>({
    initialValues: { email: '', name: '', roles: ['participant'] },
    validate: {
      email: validateEmail,
      name: validateRequired('their name'),
      roles: (value) => (value.length > 0 ? null : 'Choose at least one role'),
    },
  });
  const invite = useMutation({
    mutationFn: (values: InviteValues) => api.post<{ member: Member }>('/admin/invitations', values),
    onSuccess: ({ member }) => {
      void queryClient.invalidateQueries({ queryKey: membersQueryKey });
      notifications.show({
        title: 'Invitation sent',
        message:
          me.mailMode === 'outbox'
            ? `The invitation for ${member.email} is in the Outbox, because email is not set up.`
            : `We emailed ${member.email} a link to join.`,
      });
      close();
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  function close() {
    form.reset();
    invite.reset();
    onClose();
  }

  const showAlert = needsAlert(invite.error, form.values);
  return (
    <Modal opened={opened} onClose={close} title="Invite someone" size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => invite.mutate({ ...values, name: values.name.trim() }))}
      >
        <Stack gap="md">
          {showAlert ? (
            <Alert color="red" variant="light" role="alert">
              {messageOf(invite.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            withAsterisk
            data-autofocus
            {...form.getInputProps('email')}
          />
          <TextInput label="Name" withAsterisk {...form.getInputProps('name')} />
          <Checkbox.Group
            label="Roles"
            description="What they can do in Counterpart. You can change this later."
            withAsterisk
            {...form.getInputProps('roles')}
          >
            <Stack gap="xs" mt="xs">
              {roles.map((role) => (
                <Checkbox
                  key={role}
                  value={role}
                  label={roleLabels[role]}
                  description={roleDescriptions[role]}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send the invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
