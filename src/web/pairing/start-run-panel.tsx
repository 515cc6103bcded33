import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { RunSettingsForm } from './run-settings-form';
import { useStartRun } from './use-pairing';

/** Before the first run: what matching does, and the button that does it. */
export function StartRunPanel({
  programId,
  avoidRepeatPairs = true,
  onStarted,
}: {
  programId: string;
  /** The program's setting: pairs from earlier cohorts are not proposed again. */
  avoidRepeatPairs?: boolean;
  onStarted: (runId: string) => void;
}) {
  const start = useStartRun(programId);
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={3} fz="h4">
          Match the approved participants
        </Title>
        <Text>The matcher proposes pairs from everyone you approved. Nothing is sent to anyone yet:</Text>
        <List spacing={4}>
          <List.Item>
            Each mentor is paired with a mentee on skills both ways, availability and perspective.
          </List.Item>
          <List.Item>
            Hard rules always hold: no one is paired with their own manager or anyone in their reporting line.
          </List.Item>
          {avoidRepeatPairs ? (
            <List.Item>
              No one is paired again with someone they were paired with in an earlier cohort (a program
              setting).
            </List.Item>
          ) : null}
          <List.Item>You review every pair, see why it was proposed, and adjust before publishing.</List.Item>
        </List>
        <RunSettingsForm
          submitLabel="Run matching"
          pending={start.isPending}
          error={start.error}
          onSubmit={(settings) => start.mutate(settings, { onSuccess: (run) => onStarted(run.id) })}
        />
      </Stack>
    </Paper>
  );
}
