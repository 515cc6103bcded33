import { Badge, Button, Collapse, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../common/format';
import type { Goal } from './goals-api';

interface GoalCardProps {
  goal: Goal;
  /** Shows "Update progress" (either partner may update either goal). */
  canUpdate: boolean;
  /** Shows "Delete" (only for the side's own goals). */
  canDelete: boolean;
  onUpdate: () => void;
  onDelete: () => void;
}

/** One goal: its progress, whether it is done, and the updates so far on demand. */
export function GoalCard({ goal, canUpdate, canDelete, onUpdate, onDelete }: GoalCardProps) {
  const [showUpdates, setShowUpdates] = useState(false);
  const done = goal.completedAt !== null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="li"
      aria-label={goal.title}
      data-testid={`goal-${goal.id}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600}>{goal.title}</Text>
          {done ? (
            <Badge color="green" variant="light" tt="none" style={{ flexShrink: 0 }}>
              Completed {formatDate(goal.completedAt)}
            </Badge>
          ) : null}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={goal.progress}
            color={done ? 'green' : 'teal'}
            aria-label={`Progress of ${goal.title}`}
            style={{ flex: 1 }}
          />
          <Text size="sm" w={44} ta="right">
            {goal.progress}%
          </Text>
        </Group>
        <Group gap="xs">
          {goal.updates.length > 0 ? (
            <Button
              variant="subtle"
              size="compact-sm"
              aria-expanded={showUpdates}
              rightSection={showUpdates ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
              onClick={() => setShowUpdates((v) => !v)}
            >
              {showUpdates ? 'Hide updates' : `Show updates (${goal.updates.length})`}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              No updates yet
            </Text>
          )}
          {canUpdate ? (
            <Button variant="light" size="compact-sm" onClick={onUpdate}>
              Update progress
            </Button>
          ) : null}
          {canDelete ? (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={onDelete}
              aria-label={`Delete ${goal.title}`}
            >
              Delete
            </Button>
          ) : null}
        </Group>
        <Collapse expanded={showUpdates}>
          <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {goal.updates.map((update) => (
              <Text component="li" size="sm" key={`${update.createdAt}-${update.progress}`}>
                <Text span fw={600}>
                  {update.progress}%
                </Text>{' '}
                {update.note ? <>· {update.note} </> : null}
                <Text span size="xs" c="dimmed">
                  — {update.author}, {formatDate(update.createdAt)}
                </Text>
              </Text>
            ))}
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}
