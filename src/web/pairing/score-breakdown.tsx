import { Group, Progress, Stack, Text } from '@mantine/core';
import { criterionLabel } from './pairing-labels';
import type { Contribution } from './pairing-types';

/** The score, criterion by criterion: points earned out of what the criterion could give. */
export function ScoreBreakdown({ contributions }: { contributions: Contribution[] }) {
  if (contributions.length === 0) return <Text size="sm">No breakdown for this pair.</Text>;
  return (
    <Stack
      gap={6}
      component="ul"
      aria-label="Score per criterion"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {contributions.map((c) => {
        const share = c.maxPoints > 0 ? (c.points / c.maxPoints) * 100 : 0;
        return (
          <li key={c.criterion}>
            <Group justify="space-between" gap="xs">
              <Text size="sm">{c.label || criterionLabel(c.criterion)}</Text>
              <Text size="sm" c="dimmed">
                {Math.round(c.points * 10) / 10} of {Math.round(c.maxPoints * 10) / 10}
              </Text>
            </Group>
            <Progress value={share} size="sm" aria-label={`${c.label || criterionLabel(c.criterion)}`} />
          </li>
        );
      })}
    </Stack>
  );
}
