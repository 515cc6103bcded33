import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../common/format';
import type { ConcernMessage } from './concerns-api';

/** The messages of one concern, oldest first; HR's are marked and set apart. */
export function ConcernConversation({ messages }: { messages: ConcernMessage[] }) {
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {messages.map((message, index) => (
        <Paper
          // biome-ignore lint/suspicious/noArrayIndexKey: messages are only ever appended
          key={index}
          component="li"
          p="sm"
          radius="md"
          withBorder={!message.fromHr}
          {...(message.fromHr ? { bg: 'teal.0' } : {})}
          ml={message.fromHr ? 'lg' : 0}
          data-testid="concern-message"
          data-from-hr={message.fromHr}
        >
          <Group gap="xs" mb={4}>
            <Text size="sm" fw={600}>
              {message.author}
            </Text>
            {message.fromHr ? (
              <Badge size="sm" variant="light" tt="none">
                HR
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed">
              {formatDateTime(message.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {message.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
