import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import type { Program } from './program-types';
import { programsQueryKey } from './use-programs';

/** Deleting is only offered for drafts, and asks first. */
export function DeleteProgramModal({ program, onClose }: { program: Program; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/programs/${encodeURIComponent(program.id)}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['programs', 'one', program.id] });
      void queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true });
      notifications.show({ message: `${program.name} was deleted.` });
      onClose();
      void navigate('/programs');
    },
  });
  return (
    <Modal opened onClose={onClose} title="Delete this draft?">
      <Stack gap="md">
        <Text>{program.name}, its settings and its intake form will be deleted. This cannot be undone.</Text>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            Delete the draft
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
