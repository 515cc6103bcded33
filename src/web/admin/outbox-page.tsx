import { Anchor, Stack, Table, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, withQuery } from '../api/client';
import type { OutboxItem, Page } from '../api/types';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/page-header';
import { Pager } from '../common/pager';
import { TableSkeleton } from '../common/table-skeleton';
import { usePageParam } from '../common/use-page-param';
import { QuietEmpty } from '../home/quiet-empty';
import { MailStatus } from './mail-status';
import { OutboxNotice } from './outbox-notice';

const pageSize = 25;

export function OutboxPage() {
  const [page, setPage] = usePageParam();
  const outbox = useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: () =>
      api.get<Page<OutboxItem>>(
        withQuery('/admin/outbox', { limit: pageSize, offset: (page - 1) * pageSize }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg">
      <PageHeader title="Outbox" description="Email from Counterpart, newest first." />
      <OutboxNotice />
      {outbox.isError ? <ErrorAlert error={outbox.error} /> : null}
      {outbox.data?.total === 0 ? (
        <QuietEmpty icon={<IconMail aria-hidden />} title="No messages yet">
          Invitations and password reset emails will appear here.
        </QuietEmpty>
      ) : outbox.isError ? null : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={720} type="native">
            <Table verticalSpacing="sm" highlightOnHover aria-label="Sent email">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">To</Table.Th>
                  <Table.Th scope="col">Subject</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              {outbox.data ? (
                <Table.Tbody>
                  {outbox.data.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{item.to}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/outbox/${item.id}`} fw={500}>
                          {item.subject}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(item.createdAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <MailStatus item={item} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              ) : (
                <TableSkeleton columns={4} />
              )}
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={pageSize}
            total={outbox.data?.total ?? 0}
            onChange={setPage}
            noun="messages"
          />
        </Stack>
      )}
    </Stack>
  );
}
