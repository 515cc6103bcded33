import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import type { InboxConcern } from './concerns-api';

interface ResolveConcernModalProps {
  concern: InboxConcern;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Resolving asks first, and says that the person can still write again. */
export function ResolveConcernModal({
  concern,
  pending,
  error,
  onConfirm,
  onClose,
}: ResolveConcernModalProps) {
  return (
    <Modal opened onClose={onClose} title="Mark this concern resolved?">
      <Stack gap="md">
        <Text>
          “{concern.subject}” moves to the resolved concerns. {concern.raisedBy.name} is not emailed, and can
          still write again, which reopens it.
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it open
          </Button>
          <Button loading={pending} onClick={onConfirm}>
            Mark resolved
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
