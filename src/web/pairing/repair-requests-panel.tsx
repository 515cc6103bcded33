import { Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../common/format';
import { useRepairRequests, useResolveRepairRequest } from './use-pairing';

/** Confidential requests from participants for a different match; the partner never sees them. */
export function RepairRequestsPanel({ programId }: { programId: string }) {
  const requests = useRepairRequests(programId);
  const resolve = useResolveRepairRequest(programId);
  const open = (requests.data ?? []).filter((r) => r.status === 'open');
  return (
    <section aria-labelledby="repair-title">
      <Title order={3} fz="h4" id="repair-title" mb="xs">
        Re-pair requests ({open.length})
      </Title>
      {requests.isError ? <ErrorAlert error={requests.error} /> : null}
      {!requests.data && !requests.isError ? <Skeleton height={40} /> : null}
      {requests.data && open.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open requests. When a participant asks for a different match, it shows up here; their partner is
          not told.
        </Text>
      ) : null}
      <Stack gap="xs">
        {open.map((request) => (
          <Paper key={request.id} withBorder p="sm" radius="md">
            <Text size="sm" fw={500}>
              {request.requestedBy.name} · {formatDateTime(request.createdAt)}
            </Text>
            <Text size="sm" mb="xs">
              “{request.reason}”
            </Text>
            <Button
              size="xs"
              variant="default"
              loading={resolve.isPending && resolve.variables === request.id}
              onClick={() => resolve.mutate(request.id)}
            >
              Mark as resolved
            </Button>
          </Paper>
        ))}
        {resolve.isError ? <ErrorAlert error={resolve.error} /> : null}
      </Stack>
    </section>
  );
}
