import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorAlert } from '../../common/error-alert';
import type { Application } from '../enrollment-types';
import { applicationKey } from './use-my-programs';

/**
 * Once matching has started, answers are closed, but consent to use the sensitive answers in matching
 * can still be withdrawn (issue 9): after a confirmation, they leave matching at once, also the
 * proposals already made. The answers sent stay as they are; only their use in matching ends.
 */
export function WithdrawConsentButton({
  programId,
  answers,
}: {
  programId: string;
  answers: Record<string, unknown>;
}) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const withdraw = useMutation({
    mutationFn: () =>
      api.put<Application>(`/my/programs/${encodeURIComponent(programId)}/application`, {
        answers,
        matchingConsent: false,
        submit: false,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(applicationKey(programId), saved);
      notifications.show({ message: 'Your background answers are no longer used in matching.' });
      setOpen(false);
    },
  });
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} w="fit-content">
        Stop using my background answers in matching
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Stop using your background answers?">
        <Stack gap="md">
          <Text>
            Your background answers are taken out of matching at once, including the pairs HR has been offered
            so far. You stay in the program, and your other answers stay as you sent them.
          </Text>
          {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)}>
              Keep using them
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
              Stop using them
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
