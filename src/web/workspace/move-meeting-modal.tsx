import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { firstName } from '../common/format';
import { issuesByPath } from './field-issues';
import { ModalActions } from './modal-actions';
import { formatMeetingTime, instantOf, wallClock } from './meeting-time';
import { useMoveMeeting } from './use-workspace';
import type { Meeting, Workspace } from './workspace-types';

const isPlaced = (path: string) => path === 'startsAt';

/** A new date and time for one meeting, entered in the viewer's own time zone. */
export function MoveMeetingModal({
  pairId,
  meeting,
  workspace,
  onClose,
}: {
  pairId: string;
  meeting: Meeting;
  workspace: Workspace;
  onClose: () => void;
}) {
  const zone = workspace.me.timeZone;
  const [when, setWhen] = useState(() => wallClock(meeting.startsAt, zone));
  const [tried, setTried] = useState(false);
  const move = useMoveMeeting(pairId, meeting.id);
  const startsAt = instantOf(when.date, when.time, zone);
  const partnerZone = workspace.partner.timeZone;
  const minutes = (Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / 60_000;
  const issues = issuesByPath(move.error);
  const submit = () => {
    setTried(true);
    if (!startsAt) return;
    move.mutate(startsAt, {
      onSuccess: () => {
        notifications.show({ message: 'Meeting moved. Both of you get an updated calendar invitation.' });
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={`Move meeting ${meeting.number}`}>
      <Stack gap="md">
        <Text size="sm">
          Now: {formatMeetingTime(meeting.startsAt, meeting.endsAt, zone)}. Enter the new date and time in
          your time zone ({zone}); the other meetings stay where they are.
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="date"
            label="New date"
            value={when.date}
            onChange={(event) => setWhen({ ...when, date: event.currentTarget.value })}
            error={issues.startsAt ?? (tried && !when.date ? 'Choose a date.' : undefined)}
          />
          <TextInput
            type="time"
            label="New start time"
            value={when.time}
            onChange={(event) => setWhen({ ...when, time: event.currentTarget.value })}
            error={tried && !when.time ? 'Choose a time.' : undefined}
          />
        </SimpleGrid>
        {startsAt && partnerZone !== zone ? (
          <Text size="sm" c="dimmed">
            For {firstName(workspace.partner.name)} ({partnerZone}) that is{' '}
            {formatMeetingTime(
              startsAt,
              new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
              partnerZone,
            )}
            .
          </Text>
        ) : null}
        <ModalActions
          mutation={move}
          isPlaced={isPlaced}
          failedTitle="Not moved"
          cancelLabel="Keep the time"
          submitLabel="Move the meeting"
          onCancel={onClose}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}
