import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorAlert } from '../../common/error-alert';
import { myProgramsKey } from './use-my-programs';

/** Leave a program, after saying what that means. */
export function WithdrawButton({ programId, programName }: { programId: string; programName: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const withdraw = useMutation({
    mutationFn: () =>
      api.post<{ status: 'withdrawn' }>(`/my/programs/${encodeURIComponent(programId)}/withdraw`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: myProgramsKey });
      notifications.show({ message: `You withdrew from ${programName}.` });
      setOpen(false);
    },
  });
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
        Withdraw
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Withdraw from this program?">
        <Stack gap="md">
          <Text>
            You will no longer take part in {programName}. HR is told. To join again later, ask HR to invite
            you.
          </Text>
          {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)}>
              Stay in the program
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
              Withdraw
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
