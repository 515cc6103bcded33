import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { messageOf } from '../api/api-error';
import { issuesByPath, needsFormAlert, unplacedMessages, within } from './field-issues';
import { todayIn } from './meeting-time';
import { ScheduleFields, scheduleFields } from './schedule-fields';
import { tidySchedule } from './schedule-labels';
import { useChangeCadence } from './use-workspace';
import type { MeetingSchedule } from './workspace-types';

const isPlaced = (path: string) =>
  path === 'fromDate' || (path.startsWith('schedule.') && scheduleFields.includes(path.slice(9)));

interface CadenceModalProps {
  pairId: string;
  schedule: MeetingSchedule;
  myTimeZone: string;
  onClose: () => void;
}

/** A new rhythm from a date on; the meetings before it stay as they were. */
export function CadenceModal({ pairId, schedule, myTimeZone, onClose }: CadenceModalProps) {
  const [fromDate, setFromDate] = useState(() => todayIn(myTimeZone));
  const [draft, setDraft] = useState<MeetingSchedule>(schedule);
  const change = useChangeCadence(pairId);
  const issues = issuesByPath(change.error);
  const missingDate = fromDate === '';
  const submit = () => {
    if (missingDate) return;
    change.mutate(
      { fromDate, schedule: { ...tidySchedule(draft), startsOn: fromDate } },
      {
        onSuccess: () => {
          notifications.show({
            message: 'The schedule changed. Both of you get an updated calendar invitation by email.',
          });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Change the schedule from a date" size="lg">
      <Stack gap="md">
        <Text>
          Meetings before this date stay exactly as they are, and so do meetings you moved by hand. From this
          date on, your meetings follow the new schedule, and both of you get an updated calendar invitation
          by email.
        </Text>
        <TextInput
          type="date"
          label="New schedule from"
          w={220}
          value={fromDate}
          onChange={(event) => setFromDate(event.currentTarget.value)}
          error={issues.fromDate ?? (missingDate ? 'Choose the first day of the new schedule.' : undefined)}
        />
        <ScheduleFields
          value={draft}
          onChange={setDraft}
          errors={within(issues, 'schedule')}
          withStartsOn={false}
        />
        {change.isError && needsFormAlert(change.error, isPlaced) ? (
          <Alert color="red" variant="light" role="alert" title="The schedule did not change">
            {messageOf(change.error)}
            {unplacedMessages(change.error, isPlaced).map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep the current schedule
          </Button>
          <Button onClick={submit} loading={change.isPending} disabled={missingDate}>
            Change the schedule
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
