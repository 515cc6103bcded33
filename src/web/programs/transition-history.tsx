import { Stack, Text, Timeline, Title } from '@mantine/core';
import { PHASE_LABELS } from '#core/programs/program-phase';
import { formatDateTime } from '../common/format';
import type { Transition } from './program-types';

/** Every phase change, newest first: who, when and why. */
export function TransitionHistory({ transitions }: { transitions: Transition[] }) {
  const newestFirst = [...transitions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        History
      </Title>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          No changes recorded yet.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label="Phase history">
          {newestFirst.map((t) => (
            <Timeline.Item
              key={`${t.createdAt}-${t.toPhase}`}
              title={t.fromPhase ? `${PHASE_LABELS[t.fromPhase]} → ${PHASE_LABELS[t.toPhase]}` : 'Created'}
            >
              <Text size="sm" c="dimmed">
                {t.actorName ?? 'Counterpart'} · {formatDateTime(t.createdAt)}
              </Text>
              {t.reason ? <Text size="sm">“{t.reason}”</Text> : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
