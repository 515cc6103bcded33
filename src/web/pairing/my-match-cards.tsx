import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { WorkspaceGlance } from '../workspace/workspace-glance';
import { sentence } from './pairing-labels';
import type { MyPair } from './pairing-types';
import { RepairRequestModal } from './repair-request-modal';
import { useMyPairs } from './use-pairing';

function MatchCard({ pair, headingOrder }: { pair: MyPair; headingOrder: 2 | 3 }) {
  const [asking, setAsking] = useState(false);
  const { partner } = pair;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      data-testid={`my-match-${pair.pairId}`}
      bg="teal.0"
    >
      <Stack gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Your match · {pair.program.name}
        </Text>
        <Title order={headingOrder} fz="h4">
          {partner.name}
        </Title>
        <Text size="sm">
          {partner.title}, {partner.department} · {partner.location}
        </Text>
        <Text size="sm">
          You are the{' '}
          {pair.role === 'mentor'
            ? 'mentor: you lead the conversations'
            : 'mentee: you listen and teach back'}
          . Together since {formatDate(pair.startedAt)}.
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            Why you were paired:{' '}
          </Text>
          {sentence(pair.explanation)}
        </Text>
        {pair.status === 'active' || pair.status === 'paused' ? (
          <WorkspaceGlance pairId={pair.pairId} />
        ) : null}
        <Group justify="space-between">
          {pair.status === 'active' || pair.status === 'paused' ? (
            <Button
              component={Link}
              to={`/my/pairs/${encodeURIComponent(pair.pairId)}`}
              size="xs"
              aria-label={`Open workspace with ${partner.name}`}
            >
              Open workspace
            </Button>
          ) : (
            <span />
          )}
          <Button variant="subtle" size="xs" onClick={() => setAsking(true)}>
            Ask HR for a different match
          </Button>
        </Group>
      </Stack>
      {asking ? <RepairRequestModal pair={pair} onClose={() => setAsking(false)} /> : null}
    </Paper>
  );
}

/** "Your match" for each active pair of mine; nothing when I have none yet. */
export function MyMatchCards({ headingOrder }: { headingOrder: 2 | 3 }) {
  const pairs = useMyPairs();
  if (pairs.isError) return isApiError(pairs.error, 'not_found') ? null : <ErrorAlert error={pairs.error} />;
  if (!pairs.data || pairs.data.length === 0) return null;
  return (
    <Stack gap="sm">
      {pairs.data.map((pair) => (
        <MatchCard key={pair.pairId} pair={pair} headingOrder={headingOrder} />
      ))}
    </Stack>
  );
}
