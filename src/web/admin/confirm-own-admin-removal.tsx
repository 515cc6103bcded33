import { Button, Group, Modal, Stack, Text } from '@mantine/core';

interface ConfirmOwnAdminRemovalProps {
  opened: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Taking away your own admin role locks you out of this page: ask first. */
export function ConfirmOwnAdminRemoval({ opened, onCancel, onConfirm }: ConfirmOwnAdminRemovalProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Remove your own admin role?">
      <Stack gap="md">
        <Text>
          You will no longer be able to manage members and roles, read the outbox or the audit log. Only
          another org admin can give the role back.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Keep my admin role
          </Button>
          <Button color="red" onClick={onConfirm}>
            Remove my admin role
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
