import {
  Badge,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconZzz } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ComponentType, useState } from 'react';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import type { HealthState, PairHealth, PairHealthItem } from './pairing-types';
import { pairsKey } from './use-pairing';

/** Under the pairs' key, so ending a pair refreshes the health too. */
export const pairHealthKey = (programId: string) => [...pairsKey(programId), 'health'] as const;

export function usePairHealth(programId: string) {
  return useQuery({
    queryKey: pairHealthKey(programId),
    queryFn: () => api.get<PairHealth>(`/programs/${encodeURIComponent(programId)}/pair-health`),
  });
}

/** Each state with a word and an icon as well as a colour, so colour is never the only signal. */
const STATES: Record<
  HealthState,
  { label: string; color: string; Icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }> }
> = {
  healthy: { label: 'Healthy', color: 'teal', Icon: IconCircleCheck },
  at_risk: { label: 'At risk', color: 'orange', Icon: IconAlertTriangle },
  inactive: { label: 'Inactive', color: 'red', Icon: IconZzz },
};
const ORDER: readonly HealthState[] = ['healthy', 'at_risk', 'inactive'];

export function StateCount({ state, count }: { state: HealthState; count: number }) {
  const { label, color, Icon } = STATES[state];
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`health-count-${state}`}>
      <Group gap="xs" wrap="nowrap">
        <Text c={color} lh={0}>
          <Icon size={24} aria-hidden />
        </Text>
        <div>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text fz="xl" fw={700}>
            {count}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}

export function StateBadge({ state }: { state: HealthState }) {
  const { label, color, Icon } = STATES[state];
  return (
    <Badge color={color} variant="light" tt="none" leftSection={<Icon size={14} aria-hidden />}>
      {label}
    </Badge>
  );
}

const names = (item: PairHealthItem) => `${item.mentor.name} and ${item.mentee.name}`;
const meetings = (item: PairHealthItem) => `Meetings: ${item.meetingsHeld}/${item.meetingsPlanned}`;

/** A pair that needs attention: who, how it is doing, and why, in short lines. */
function AttentionCard({ item }: { item: PairHealthItem }) {
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid={`health-${item.pairId}`}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text fw={500}>{names(item)}</Text>
          <Text size="sm" c="dimmed">
            {meetings(item)}
          </Text>
        </div>
        <StateBadge state={item.state} />
      </Group>
      <List size="sm" mt="xs" spacing={2}>
        {item.reasons.map((reason) => (
          <List.Item key={reason.code}>{reason.message}</List.Item>
        ))}
      </List>
    </Paper>
  );
}

function OnTrack({ items }: { items: PairHealthItem[] }) {
  const [open, setOpen] = useState(false);
  const [first] = items;
  if (!first) return null;
  const count = items.length === 1 ? '1 pair is on track' : `${items.length} pairs are on track`;
  return (
    <div>
      <Group gap="xs">
        <Text size="sm">{count}</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="healthy-pairs"
        >
          {open ? 'Hide' : 'Show'}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <List id="healthy-pairs" size="sm" spacing={2} mt="xs" aria-label="Pairs on track">
          {items.map((item) => (
            <List.Item key={item.pairId} data-testid={`health-${item.pairId}`}>
              {names(item)} · {meetings(item)}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </div>
  );
}

function HealthBody({ health }: { health: PairHealth }) {
  if (health.summary.total === 0) {
    return (
      <Text size="sm" c="dimmed">
        No active pairs yet. Once pairs are published and start meeting, you will see here which ones are on
        track and which need a word from you.
      </Text>
    );
  }
  const attention = health.items.filter((i) => i.state !== 'healthy');
  const onTrack = health.items.filter((i) => i.state === 'healthy');
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm" maw={560} role="group" aria-label="Pairs by health">
        {ORDER.map((state) => (
          <StateCount key={state} state={state} count={health.summary[state]} />
        ))}
      </SimpleGrid>
      {attention.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} fz="h5">
            Need attention
          </Title>
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label="Need attention"
          >
            {attention.map((item) => (
              <AttentionCard key={item.pairId} item={item} />
            ))}
          </Stack>
        </Stack>
      ) : (
        <Text size="sm">No pair needs attention right now.</Text>
      )}
      <OnTrack items={onTrack} />
    </Stack>
  );
}

/**
 * HR's early warning (issue 7): how many pairs are healthy, at risk or inactive, the ones that need
 * attention first with the reasons, and the healthy ones folded away.
 */
export function PairHealthPanel({ programId }: { programId: string }) {
  const health = usePairHealth(programId);
  return (
    <section aria-labelledby="pair-health-title">
      <Title order={2} fz="h3" id="pair-health-title" mb={4}>
        Pair health
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        From meetings held against planned, meeting ratings, open concerns and the kickoff agreement. What
        people wrote and how each of them rated a meeting stay private: you see the reasons only.
      </Text>
      {health.isError ? <ErrorAlert error={health.error} /> : null}
      {health.isPending ? <Skeleton height={120} aria-label="Loading pair health" /> : null}
      {health.data ? <HealthBody health={health.data} /> : null}
    </section>
  );
}
