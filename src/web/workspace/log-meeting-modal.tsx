import { Group, Modal, Radio, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { firstName } from '../common/format';
import { issuesByPath } from './field-issues';
import { ModalActions } from './modal-actions';
import { formatMeetingTime } from './meeting-time';
import { useLogMeeting } from './use-workspace';
import { sideNames } from './workspace-names';
import type { Meeting, MeetingLogInput, Side, Workspace } from './workspace-types';

const pulses = [
  { value: '1', label: '1', description: 'not useful' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5', description: 'very useful' },
];

const placed = ['status', 'sharedNotes', 'pulse', 'taught.mentor', 'taught.mentee'];
const isPlaced = (path: string) => placed.some((p) => path === p || path.startsWith(`${p}.`));

function firstIssue(issues: Record<string, string>, prefix: string): string | undefined {
  const key = Object.keys(issues).find((path) => path === prefix || path.startsWith(`${prefix}.`));
  return key ? issues[key] : undefined;
}

/** What happened at one meeting: held or missed, what each side taught, shared notes and my pulse. */
export function LogMeetingModal({
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
  const names = sideNames(workspace);
  const partner = firstName(workspace.partner.name);
  const [status, setStatus] = useState<'held' | 'missed'>(meeting.status === 'missed' ? 'missed' : 'held');
  const [taught, setTaught] = useState<Record<Side, string[]>>(
    meeting.log?.taught ?? { mentor: [], mentee: [] },
  );
  const [sharedNotes, setSharedNotes] = useState(meeting.log?.sharedNotes ?? '');
  const [pulse, setPulse] = useState<string | null>(
    meeting.myPulse === null ? null : String(meeting.myPulse),
  );
  const log = useLogMeeting(pairId, meeting.id);
  const issues = issuesByPath(log.error);
  const held = status === 'held';

  const submit = () => {
    const input: MeetingLogInput = {
      status,
      sharedNotes: sharedNotes.trim(),
      taught: held ? taught : { mentor: [], mentee: [] },
      pulse: held && pulse !== null ? Number(pulse) : null,
    };
    log.mutate(input, {
      onSuccess: () => {
        notifications.show({ message: 'Meeting logged. Thank you.' });
        onClose();
      },
    });
  };
  const taughtInput = (side: Side) => {
    const who = names[side];
    return (
      <TagsInput
        label={`What ${who} taught`}
        description="Type a skill and press Enter, or pick a suggestion."
        data={side === 'mentor' ? workspace.skills.mentorCanTeach : workspace.skills.menteeCanTeach}
        value={taught[side]}
        onChange={(skills) => setTaught({ ...taught, [side]: skills })}
        maxTags={20}
        acceptValueOnBlur
        clearable
        error={firstIssue(issues, `taught.${side}`)}
      />
    );
  };
  return (
    <Modal opened onClose={onClose} title={`Log meeting ${meeting.number}`} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {formatMeetingTime(meeting.startsAt, meeting.endsAt, workspace.me.timeZone)}
          {meeting.log ? ` · last logged by ${meeting.log.loggedBy}; saving replaces the shared part.` : ''}
        </Text>
        <Radio.Group
          label="Did you meet?"
          value={status}
          onChange={(value) => setStatus(value as 'held' | 'missed')}
          error={issues.status}
        >
          <Group gap="lg" mt={6}>
            <Radio value="held" label="Yes, we met" />
            <Radio value="missed" label="No, it did not happen" />
          </Group>
        </Radio.Group>
        {held ? (
          <>
            {taughtInput('mentor')}
            {taughtInput('mentee')}
          </>
        ) : null}
        <Textarea
          label="Shared notes"
          description={`Both of you can read these: you and ${partner}.`}
          value={sharedNotes}
          maxLength={5000}
          rows={3}
          onChange={(event) => setSharedNotes(event.currentTarget.value)}
          error={issues.sharedNotes}
        />
        {held ? (
          <Radio.Group
            label="How useful was it for you?"
            description={`Only you see your answer; ${partner} never does, and HR sees only averages.`}
            value={pulse}
            onChange={setPulse}
            error={issues.pulse}
          >
            <Group gap="lg" mt={6}>
              {pulses.map((p) => (
                <Radio key={p.value} value={p.value} label={p.label} description={p.description} />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <ModalActions
          mutation={log}
          isPlaced={isPlaced}
          failedTitle="Not logged"
          submitLabel="Save the log"
          onCancel={onClose}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}
