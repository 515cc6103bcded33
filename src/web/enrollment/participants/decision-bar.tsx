import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorAlert } from '../../common/error-alert';
import { programQueryKey, programsQueryKey } from '../../programs/use-programs';
import type { Decision } from '../enrollment-types';
import { enrollmentsKey } from './use-enrollments';

const done: Record<Decision, string> = { approve: 'approved', decline: 'declined', waitlist: 'wait-listed' };

interface DecisionBarProps {
  programId: string;
  selectedIds: string[];
  onDone: () => void;
}

/** Approve, decline or wait-list the selected applications at once; declining asks first. */
export function DecisionBar({ programId, selectedIds, onDone }: DecisionBarProps) {
  const queryClient = useQueryClient();
  const [confirmDecline, setConfirmDecline] = useState(false);
  const decide = useMutation({
    mutationFn: (decision: Decision) =>
      api.post<{ updated: number }>(`/programs/${encodeURIComponent(programId)}/enrollments/decisions`, {
        enrollmentIds: selectedIds,
        decision,
      }),
    onSuccess: ({ updated }, decision) => {
      void queryClient.invalidateQueries({ queryKey: enrollmentsKey(programId) });
      void queryClient.invalidateQueries({ queryKey: programQueryKey(programId) });
      void queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true });
      notifications.show({
        message: `${updated} ${updated === 1 ? 'application' : 'applications'} ${done[decision]}. Each person gets an email.`,
      });
      setConfirmDecline(false);
      onDone();
    },
  });
  const count = selectedIds.length;
  if (count === 0) return null;
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" role="region" aria-label="Decide on the selected">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500}>{count} selected</Text>
          <Group gap="sm">
            <Button
              onClick={() => decide.mutate('approve')}
              loading={decide.isPending && decide.variables === 'approve'}
            >
              Approve
            </Button>
            <Button
              variant="default"
              onClick={() => decide.mutate('waitlist')}
              loading={decide.isPending && decide.variables === 'waitlist'}
            >
              Wait-list
            </Button>
            <Button variant="default" color="red" onClick={() => setConfirmDecline(true)}>
              Decline
            </Button>
          </Group>
        </Group>
        {decide.isError && !confirmDecline ? <ErrorAlert error={decide.error} /> : null}
      </Stack>
      <Modal
        opened={confirmDecline}
        onClose={() => setConfirmDecline(false)}
        title={`Decline ${count} ${count === 1 ? 'application' : 'applications'}?`}
      >
        <Stack gap="md">
          <Text>
            Each person gets an email saying they were not selected this time. You can approve them later.
          </Text>
          {decide.isError ? <ErrorAlert error={decide.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmDecline(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => decide.mutate('decline')} loading={decide.isPending}>
              Decline
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
