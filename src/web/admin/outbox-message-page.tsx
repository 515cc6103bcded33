import { Anchor, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPaperclip } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { api } from '../api/client';
import type { OutboxAttachment, OutboxMessage } from '../api/types';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../common/format';
import { FullPageLoader } from '../common/full-page-loader';
import { usePageTitle } from '../common/use-page-title';
import { linkify } from './linkify';
import { MailStatus } from './mail-status';

/** A file kept with an outbox message, such as a meeting's invitation.ics. */

/** Downloads the file straight from the message: a data: URL, nothing fetched again. */
function attachmentHref(a: OutboxAttachment): string {
  const type = a.contentType.split(';')[0]?.trim() || 'application/octet-stream';
  return `data:${type};charset=utf-8,${encodeURIComponent(a.content)}`;
}

function Attachments({ items }: { items: readonly OutboxAttachment[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Attachments">
      {items.map((a) => (
        <li key={a.filename}>
          <Anchor href={attachmentHref(a)} download={a.filename} size="sm">
            <Group gap={4} component="span">
              <IconPaperclip size={14} aria-hidden />
              {a.filename}
            </Group>
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}

function BackToOutbox() {
  return (
    <Anchor component={Link} to="/admin/outbox" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        Outbox
      </Group>
    </Anchor>
  );
}

export function OutboxMessagePage() {
  const { id = '' } = useParams();
  const message = useQuery({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: () => api.get<OutboxMessage>(`/admin/outbox/${encodeURIComponent(id)}`),
  });
  usePageTitle(message.data?.subject ?? 'Message');

  if (message.isPending) return <FullPageLoader />;
  if (message.isError) {
    const missing = isApiError(message.error, 'not_found');
    return (
      <Stack gap="md" align="flex-start">
        <BackToOutbox />
        <Title order={1}>{missing ? 'Message not found' : 'Message'}</Title>
        {missing ? (
          <Text c="dimmed">This message is not in the outbox.</Text>
        ) : (
          <ErrorAlert error={message.error} />
        )}
      </Stack>
    );
  }

  const mail = message.data;
  return (
    <Stack gap="lg">
      <BackToOutbox />
      <Title order={1} fz="h2">
        {mail.subject}
      </Title>
      <DataList labelWidth={80}>
        <DataList.Item>
          <DataList.ItemLabel>To</DataList.ItemLabel>
          <DataList.ItemValue>{mail.to}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>When</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(mail.createdAt)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Status</DataList.ItemLabel>
          <DataList.ItemValue>
            <MailStatus item={mail} />
          </DataList.ItemValue>
        </DataList.Item>
        {mail.attachments && mail.attachments.length > 0 ? (
          <DataList.Item>
            <DataList.ItemLabel>Files</DataList.ItemLabel>
            <DataList.ItemValue>
              <Attachments items={mail.attachments} />
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
      </DataList>
      <Paper withBorder p="lg" maw={760}>
        <Text
          component="div"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="mail-text"
        >
          {linkify(mail.text)}
        </Text>
      </Paper>
    </Stack>
  );
}
