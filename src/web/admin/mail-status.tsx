import { Badge, Tooltip } from '@mantine/core';
import type { OutboxItem } from '../api/types';

/** Where a message went: kept in the outbox, handed to the SMTP server, or failed. */
export function MailStatus({ item }: { item: OutboxItem }) {
  if (item.error) {
    return (
      <Tooltip label={item.error} multiline w={280}>
        <Badge color="red" variant="light" tt="none" tabIndex={0}>
          Not sent
        </Badge>
      </Tooltip>
    );
  }
  if (item.transport === 'smtp') {
    return (
      <Badge color={item.sentAt ? 'teal' : 'gray'} variant="light" tt="none">
        {item.sentAt ? 'Sent' : 'Sending'}
      </Badge>
    );
  }
  return (
    <Badge color="blue" variant="light" tt="none">
      Kept here
    </Badge>
  );
}
