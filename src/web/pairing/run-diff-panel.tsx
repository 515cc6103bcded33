import { Button, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import { signed } from './pairing-labels';
import type { RunDiff } from './pairing-types';
import { useRunDiff } from './use-pairing';

interface RunDiffPanelProps {
  runId: string;
  previousId: string;
  onUse: () => void;
  onKeepPrevious: () => void;
}

/** "Mei Tan: Omar Siddiqui → Felix Hoffmann (score +5)", or a pair that only one run has. */
function describeChange(c: RunDiff['changed'][number]): string {
  if (c.from === null)
    return `${c.mentee}: now paired with ${c.to ?? 'no one'} (score ${Math.round(c.scoreChange)})`;
  if (c.to === null) return `${c.mentee}: no longer paired with ${c.from}`;
  return `${c.mentee}: ${c.from} → ${c.to} (score ${signed(c.scoreChange)})`;
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
    </div>
  );
}

/** What the new run changes against the previous one, and the choice between them. */
export function RunDiffPanel({ runId, previousId, onUse, onKeepPrevious }: RunDiffPanelProps) {
  const diff = useRunDiff(runId, previousId);
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      bg="blue.0"
      role="region"
      aria-label="Difference from the previous run"
    >
      <Stack gap="md">
        <Title order={3} fz="h4">
          What the new run changes
        </Title>
        {diff.isError ? <ErrorAlert error={diff.error} /> : null}
        {!diff.data && !diff.isError ? <Skeleton height={80} /> : null}
        {diff.data ? (
          <>
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              <Count label="Pairs kept" value={String(diff.data.kept)} />
              <Count label="Pairs changed" value={String(diff.data.changed.length)} />
              <Count label="Newly matched" value={String(diff.data.newlyMatched.length)} />
              <Count label="Newly unmatched" value={String(diff.data.newlyUnmatched.length)} />
              <Count label="Average score" value={signed(diff.data.averageScoreChange)} />
            </SimpleGrid>
            {diff.data.changed.length > 0 ? (
              <List size="sm" spacing={2}>
                {diff.data.changed.map((c) => (
                  <List.Item key={c.mentee}>{describeChange(c)}</List.Item>
                ))}
              </List>
            ) : null}
            {diff.data.newlyMatched.length > 0 ? (
              <Text size="sm">Newly matched: {diff.data.newlyMatched.join(', ')}</Text>
            ) : null}
            {diff.data.newlyUnmatched.length > 0 ? (
              <Text size="sm">Newly unmatched: {diff.data.newlyUnmatched.join(', ')}</Text>
            ) : null}
          </>
        ) : null}
        <Text size="sm" c="dimmed">
          Both runs stay as drafts until you publish one; publishing discards the others.
        </Text>
        <Group gap="sm">
          <Button onClick={onUse}>Use this run</Button>
          <Button variant="default" onClick={onKeepPrevious}>
            Keep the previous one
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
