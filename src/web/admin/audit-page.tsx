import { Button, Code, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconListDetails } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api/client';
import type { AuditEvent, Page } from '../api/types';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/page-header';
import { Pager } from '../common/pager';
import { TableSkeleton } from '../common/table-skeleton';
import { usePageParam } from '../common/use-page-param';
import { QuietEmpty } from '../home/quiet-empty';

const pageSize = 50;
/** The whole log, every page, as CSV (the list has no filters, so neither has the file). */
const auditCsvUrl = '/api/admin/audit.csv';

/** `{ roles: ['sponsor'] }` → "roles: sponsor" — short enough for a table cell. */
function describeDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(
      ([key, value]) =>
        `${key}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
}

export function AuditPage() {
  const [page, setPage] = usePageParam();
  const audit = useQuery({
    queryKey: ['admin', 'audit', page],
    queryFn: () =>
      api.get<Page<AuditEvent>>(
        withQuery('/admin/audit', { limit: pageSize, offset: (page - 1) * pageSize }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Audit log"
        description="Sign-ins, invitations, role changes and other important actions in this organisation, newest first."
        actions={
          <Button
            component="a"
            href={auditCsvUrl}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Download as CSV
          </Button>
        }
      />
      {audit.isError ? <ErrorAlert error={audit.error} /> : null}
      {audit.data?.total === 0 ? (
        <QuietEmpty icon={<IconListDetails aria-hidden />} title="Nothing recorded yet">
          Important actions appear here as they happen.
        </QuietEmpty>
      ) : audit.isError ? null : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={900} type="native">
            <Table verticalSpacing="sm" striped aria-label="Audit log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Who</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Target</Table.Th>
                  <Table.Th scope="col">Details</Table.Th>
                  <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                    IP address
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              {audit.data ? (
                <Table.Tbody>
                  {audit.data.items.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.createdAt)}</Table.Td>
                      <Table.Td>
                        {event.actorName ?? (
                          <Text span c="dimmed">
                            System
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Code>{event.action}</Code>
                      </Table.Td>
                      <Table.Td style={{ wordBreak: 'break-all' }}>{event.target || '—'}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {describeDetail(event.detail)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{event.ip}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              ) : (
                <TableSkeleton columns={6} />
              )}
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={pageSize}
            total={audit.data?.total ?? 0}
            onChange={setPage}
            noun="events"
          />
        </Stack>
      )}
    </Stack>
  );
}
