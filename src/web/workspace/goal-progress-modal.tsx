import { Button, Group, Modal, NumberInput, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { type Goal, useUpdateProgress } from './goals-api';

const noteMax = 2000;

function clamp(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** Either partner records progress on a goal, with a short note on what changed. */
export function GoalProgressModal({
  pairId,
  goal,
  onClose,
}: {
  pairId: string;
  goal: Goal;
  onClose: () => void;
}) {
  // What the number box holds: a number, or text while someone is typing ('' after clearing it).
  const [entered, setEntered] = useState<number | string>(goal.progress);
  const [tried, setTried] = useState(false);
  const progress = typeof entered === 'number' && Number.isInteger(entered) ? clamp(entered) : null;
  const [note, setNote] = useState('');
  const update = useUpdateProgress(pairId);
  const fieldErrors = isApiError(update.error) ? update.error.fieldErrors : {};
  const noteError = note.length > noteMax ? `Keep the note under ${noteMax} characters.` : fieldErrors.note;
  const placed = fieldErrors.progress !== undefined || fieldErrors.note !== undefined;
  return (
    <Modal opened onClose={onClose} title={`Update progress: ${goal.title}`}>
      <Stack gap="md">
        <Stack gap={4}>
          <NumberInput
            label="Progress (%)"
            description="100% marks the goal as completed."
            min={0}
            max={100}
            step={5}
            clampBehavior="strict"
            allowDecimal={false}
            w={160}
            value={entered}
            error={tried && progress === null ? 'Enter a number from 0 to 100.' : fieldErrors.progress}
            onChange={setEntered}
          />
          <Slider
            thumbLabel="Progress"
            min={0}
            max={100}
            step={5}
            value={progress ?? 0}
            onChange={setEntered}
            label={(value) => `${value}%`}
            marks={[
              { value: 0, label: '0%' },
              { value: 50, label: '50%' },
              { value: 100, label: '100%' },
            ]}
            mb="md"
          />
        </Stack>
        <Textarea
          label="What changed? (optional)"
          description="Your partner sees this note."
          value={note}
          rows={3}
          error={noteError}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {progress === 100 && goal.completedAt === null ? (
          <Text size="sm">This marks the goal as completed.</Text>
        ) : null}
        {update.isError && !placed ? <ErrorAlert error={update.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={update.isPending}
            onClick={() => {
              setTried(true);
              if (progress === null || note.length > noteMax) return;
              update.mutate({ goalId: goal.id, progress, note: note.trim() }, { onSuccess: onClose });
            }}
          >
            Save progress
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
