import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { useSavePrivateNote } from './use-workspace';
import type { Meeting } from './workspace-types';

export const privateNoteLabel = 'Private note — only you can read this (not your partner, not HR)';

/** My own note on one meeting: stored encrypted, shown to nobody else. */
export function PrivateNote({
  pairId,
  meeting,
  readOnly,
}: {
  pairId: string;
  meeting: Meeting;
  readOnly: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(meeting.myPrivateNote ?? '');
  const save = useSavePrivateNote(pairId, meeting);
  const headingId = useId();
  const saved = meeting.myPrivateNote;
  if (readOnly && !saved) return null;
  return (
    <Paper
      p="sm"
      radius="md"
      bg="gray.0"
      style={{ borderLeft: '3px solid var(--mantine-color-gray-5)' }}
      role="group"
      aria-labelledby={headingId}
    >
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap">
          <IconLock size={16} aria-hidden />
          <Text size="sm" fw={600} id={headingId}>
            {privateNoteLabel}
          </Text>
        </Group>
        {editing ? (
          <>
            <Textarea
              aria-labelledby={headingId}
              value={text}
              maxLength={10000}
              rows={3}
              onChange={(event) => setText(event.currentTarget.value)}
              data-autofocus
            />
            {save.isError ? <ErrorAlert error={save.error} title="Your note was not saved" /> : null}
            <Group gap="sm" justify="flex-end">
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  setText(saved ?? '');
                  setEditing(false);
                }}
              >
                Cancel
              </Button>
              <Button
                size="xs"
                loading={save.isPending}
                onClick={() =>
                  save.mutate(text.trim(), {
                    onSuccess: ({ myPrivateNote }) => {
                      notifications.show({
                        message: myPrivateNote ? 'Private note saved.' : 'Private note deleted.',
                      });
                      setText(myPrivateNote ?? '');
                      setEditing(false);
                    },
                  })
                }
              >
                Save private note
              </Button>
            </Group>
          </>
        ) : (
          <>
            {saved ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="private-note-text">
                {saved}
              </Text>
            ) : null}
            {readOnly ? null : (
              <Group>
                <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
                  {saved ? 'Edit private note' : 'Write a private note'}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
