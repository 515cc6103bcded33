import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

export function NoRoleHome() {
  return (
    <Alert icon={<IconInfoCircle aria-hidden />} title="No role yet" variant="light">
      Your account has no role in this organisation yet, so there is nothing to show. Ask your organisation
      admin to give you one.
    </Alert>
  );
}
