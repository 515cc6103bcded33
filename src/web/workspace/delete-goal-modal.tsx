import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import { type Goal, useDeleteGoal } from './goals-api';

/** Deleting a goal asks first: its progress updates go with it. */
export function DeleteGoalModal({
  pairId,
  goal,
  onClose,
}: {
  pairId: string;
  goal: Goal;
  onClose: () => void;
}) {
  const remove = useDeleteGoal(pairId);
  return (
    <Modal opened onClose={onClose} title="Delete this goal?">
      <Stack gap="md">
        <Text>
          “{goal.title}” and its progress updates will be deleted for both of you. This cannot be undone.
        </Text>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(goal.id, { onSuccess: onClose })}
          >
            Delete the goal
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
