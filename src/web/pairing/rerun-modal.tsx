import { Modal, Text } from '@mantine/core';
import type { MatchRun } from './pairing-types';
import { RunSettingsForm } from './run-settings-form';
import { useStartRun } from './use-pairing';

/** What-if: the same people with other weights or rules; the current draft stays as it is. */
export function RerunModal({
  run,
  onClose,
  onCreated,
}: {
  run: MatchRun;
  onClose: () => void;
  onCreated: (runId: string) => void;
}) {
  const start = useStartRun(run.programId);
  return (
    <Modal opened onClose={onClose} title="Re-run with other settings" size="lg">
      <Text size="sm" mb="md">
        A new draft is made next to this one. You then see what changes and choose which to keep.
      </Text>
      <RunSettingsForm
        weights={run.weights}
        rules={run.rules}
        startOpen
        submitLabel="Re-run matching"
        pending={start.isPending}
        error={start.error}
        onSubmit={(settings) =>
          start.mutate(
            { ...settings, basedOnRunId: run.id },
            { onSuccess: (created) => onCreated(created.id) },
          )
        }
      />
    </Modal>
  );
}
