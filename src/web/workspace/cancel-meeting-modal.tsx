import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { formatMeetingTime } from './meeting-time';
import { useCancelMeeting } from './use-workspace';
import type { Meeting } from './workspace-types';

/** Cancels one meeting after saying what that does; the rest of the series stays. */
export function CancelMeetingModal({
  pairId,
  meeting,
  timeZone,
  onClose,
}: {
  pairId: string;
  meeting: Meeting;
  timeZone: string;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting(pairId, meeting.id);
  return (
    <Modal opened onClose={onClose} title={`Cancel meeting ${meeting.number}?`}>
      <Stack gap="md">
        <Text>
          {formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone)}. Both of you get a cancellation for
          your calendars. Your other meetings stay as they are.
        </Text>
        <Textarea
          label="Reason (optional)"
          value={reason}
          maxLength={500}
          rows={2}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        {cancel.isError ? <ErrorAlert error={cancel.error} title="Not cancelled" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep the meeting
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(reason.trim(), {
                onSuccess: () => {
                  notifications.show({ message: 'Meeting cancelled.' });
                  onClose();
                },
              })
            }
          >
            Cancel the meeting
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
