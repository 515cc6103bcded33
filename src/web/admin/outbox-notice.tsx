import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSession } from '../api/session-context';

export function OutboxNotice() {
  const me = useSession();
  if (me.mailMode !== 'outbox') return null;
  return (
    <Alert icon={<IconInfoCircle aria-hidden />} variant="light" color="blue" title="Email is not sent">
      Email is not configured (no SMTP_URL), so messages are kept here. Open a message to copy its link, for
      example to pass an invitation on to the person it is for.
    </Alert>
  );
}
