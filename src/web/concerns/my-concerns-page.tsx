import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import { ConcernConversation } from './concern-conversation';
import { ConcernStatusBadge } from './concern-status-badge';
import { type Concern, useMyConcerns, useWriteToHr } from './concerns-api';
import { ReplyBox } from './reply-box';

function MyConcern({ concern }: { concern: Concern }) {
  const write = useWriteToHr();
  const titleId = `concern-${concern.id}-title`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} fz="h4" id={titleId}>
              {concern.subject}
            </Title>
            <ConcernStatusBadge status={concern.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {concern.program.name} · raised {formatDate(concern.createdAt)}
            {concern.status === 'resolved' ? ` · resolved ${formatDate(concern.resolvedAt)}` : ''}
          </Text>
        </Stack>
        <ConcernConversation messages={concern.messages} />
        <ReplyBox
          label="Write to HR"
          description={
            concern.status === 'resolved'
              ? 'HR marked this resolved. Writing again reopens it.'
              : 'Only HR reads this.'
          }
          submitLabel="Send to HR"
          pending={write.isPending}
          error={write.error}
          onSend={(body, done) => write.mutate({ concernId: concern.id, body }, { onSuccess: done })}
        />
      </Stack>
    </Paper>
  );
}

/** A participant's own confidential concerns, with HR's replies; the partner never sees them. */
export function MyConcernsPage() {
  const concerns = useMyConcerns();
  return (
    <Stack gap="lg">
      <PageHeader
        title="My concerns"
        description="What you raised with HR in confidence. Only HR reads these; your partner is never told."
      />
      {concerns.isError ? <ErrorAlert error={concerns.error} /> : null}
      {!concerns.data && !concerns.isError ? (
        <Skeleton height={160} aria-label="Loading your concerns" />
      ) : null}
      {concerns.data?.length === 0 ? (
        <QuietEmpty icon={<IconMessageReport aria-hidden />} title="You have not raised any concerns">
          If something about your pairing worries you, use “Raise a concern with HR” in your pair’s workspace.
          Only HR sees it, and you will get an email when they reply.
        </QuietEmpty>
      ) : null}
      {concerns.data?.map((concern) => (
        <MyConcern key={concern.id} concern={concern} />
      ))}
    </Stack>
  );
}
