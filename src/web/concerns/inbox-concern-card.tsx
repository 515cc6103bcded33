import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { firstName, formatDate } from '../common/format';
import { ConcernConversation } from './concern-conversation';
import { ConcernStatusBadge } from './concern-status-badge';
import { type InboxConcern, useReplyAsHr, useResolveConcern } from './concerns-api';
import { ReplyBox } from './reply-box';
import { ResolveConcernModal } from './resolve-concern-modal';

const roleWords = { mentor: 'mentor', mentee: 'mentee' } as const;

/** One concern in HR's inbox: who raised it, in which pair, the conversation, a reply and resolving. */
export function InboxConcernCard({ concern }: { concern: InboxConcern }) {
  const reply = useReplyAsHr();
  const resolve = useResolveConcern();
  const [confirming, setConfirming] = useState(false);
  const titleId = `concern-${concern.id}-title`;
  const who = firstName(concern.raisedBy.name);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} fz="h4" id={titleId}>
                {concern.subject}
              </Title>
              <ConcernStatusBadge status={concern.status} />
            </Group>
            <Text size="sm">
              Raised by{' '}
              <Text span fw={600}>
                {concern.raisedBy.name}
              </Text>{' '}
              ({roleWords[concern.raisedBy.role]}) · partner {concern.partner.name}
            </Text>
            <Text size="sm" c="dimmed">
              {concern.program.name} · {formatDate(concern.createdAt)}
              {concern.status === 'resolved' ? ` · resolved ${formatDate(concern.resolvedAt)}` : ''}
            </Text>
          </Stack>
          {concern.status === 'open' ? (
            <Button
              variant="default"
              size="sm"
              leftSection={<IconCheck size={16} aria-hidden />}
              onClick={() => {
                resolve.reset();
                setConfirming(true);
              }}
            >
              Mark resolved…
            </Button>
          ) : null}
        </Group>
        <ConcernConversation messages={concern.messages} />
        <ReplyBox
          label={`Reply to ${who}`}
          description={`${who} gets an email saying HR replied; the email does not carry your words.`}
          submitLabel="Send reply"
          pending={reply.isPending}
          error={reply.error}
          onSend={(body, done) => reply.mutate({ concernId: concern.id, body }, { onSuccess: done })}
        />
      </Stack>
      {confirming ? (
        <ResolveConcernModal
          concern={concern}
          pending={resolve.isPending}
          error={resolve.error}
          onClose={() => setConfirming(false)}
          onConfirm={() => resolve.mutate(concern.id, { onSuccess: () => setConfirming(false) })}
        />
      ) : null}
    </Paper>
  );
}
