import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { firstName, formatDate } from '../common/format';
import { CancelMeetingModal } from './cancel-meeting-modal';
import { LogMeetingModal } from './log-meeting-modal';
import { formatMeetingTime } from './meeting-time';
import { MoveMeetingModal } from './move-meeting-modal';
import { PrivateNote } from './private-note';
import { TopicModal } from './topic-modal';
import { meetingIcsUrl } from './use-workspace';
import { sideNames } from './workspace-names';
import type { Meeting, Workspace } from './workspace-types';

const statusBadges: Record<Meeting['status'], { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'blue' },
  held: { label: 'Held', color: 'green' },
  missed: { label: 'Missed', color: 'orange' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

type Open = 'topic' | 'move' | 'cancel' | 'log' | null;

/** The meeting's time for me, then for my partner and in the schedule's zone when those differ. */
function MeetingWhen({ meeting, workspace }: { meeting: Meeting; workspace: Workspace }) {
  const mine = workspace.me.timeZone;
  const partner = workspace.partner;
  const others: { zone: string; who: string }[] = [];
  if (partner.timeZone !== mine)
    others.push({ zone: partner.timeZone, who: `for ${firstName(partner.name)}` });
  if (meeting.timeZone !== mine && meeting.timeZone !== partner.timeZone) {
    others.push({ zone: meeting.timeZone, who: 'in the schedule’s time zone' });
  }
  return (
    <Stack gap={0}>
      <Text fw={500} data-testid="meeting-time">
        {formatMeetingTime(meeting.startsAt, meeting.endsAt, mine)}
        <Text span size="sm" c="dimmed">
          {' '}
          (your time, {mine})
        </Text>
      </Text>
      {others.map(({ zone, who }) => (
        <Text key={zone} size="sm" c="dimmed">
          {formatMeetingTime(meeting.startsAt, meeting.endsAt, zone)} {who} ({zone})
        </Text>
      ))}
    </Stack>
  );
}

function MeetingWhere({ meeting }: { meeting: Meeting }) {
  if (meeting.mode === 'in_person') {
    return <Text size="sm">In person{meeting.place ? ` at ${meeting.place}` : ''}</Text>;
  }
  if (meeting.mode === 'phone') return <Text size="sm">By phone</Text>;
  return (
    <Text size="sm">
      By video
      {meeting.videoUrl ? (
        <>
          {' · '}
          <Anchor href={meeting.videoUrl} target="_blank" rel="noreferrer">
            Join the video call
          </Anchor>
        </>
      ) : null}
    </Text>
  );
}

function MeetingTopic({ meeting }: { meeting: Meeting }) {
  if (!meeting.topic)
    return <Text size="sm">No topic chosen: talk about what matters most to you both.</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          Topic:{' '}
        </Text>
        {meeting.topic.title}
        {meeting.topic.source === 'custom' ? ' (your own)' : ''}
      </Text>
      {meeting.topic.guide ? (
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
            How to run this conversation
          </summary>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.topic.guide}
          </Text>
        </details>
      ) : null}
    </Stack>
  );
}

function MeetingLogView({ meeting, workspace }: { meeting: Meeting; workspace: Workspace }) {
  const { log } = meeting;
  if (!log) return null;
  const names = sideNames(workspace);
  const taughtLine = (who: string, skills: string[]) =>
    skills.length > 0 ? `${who === 'you' ? 'You' : who} taught: ${skills.join(', ')}` : null;
  const lines = [taughtLine(names.mentor, log.taught.mentor), taughtLine(names.mentee, log.taught.mentee)];
  return (
    <Stack gap={2} data-testid="meeting-log">
      {lines.map((line) =>
        line ? (
          <Text key={line} size="sm">
            {line}
          </Text>
        ) : null,
      )}
      {log.sharedNotes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>
            Shared notes:{' '}
          </Text>
          {log.sharedNotes}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        Logged by {log.loggedBy} on {formatDate(log.loggedAt)}
        {meeting.myPulse !== null ? ` · you found it ${meeting.myPulse} of 5 useful` : ''}
      </Text>
    </Stack>
  );
}

interface MeetingCardProps {
  pairId: string;
  meeting: Meeting;
  workspace: Workspace;
  now: number;
  isNext: boolean;
  readOnly: boolean;
}

/** One meeting: when, where, about what, what happened, and what I can do with it. */
export function MeetingCard({ pairId, meeting, workspace, now, isNext, readOnly }: MeetingCardProps) {
  const [open, setOpen] = useState<Open>(null);
  const titleId = useId();
  const cancelled = meeting.status === 'cancelled';
  const started = Date.parse(meeting.startsAt) <= now;
  const status = statusBadges[meeting.status];
  const close = () => setOpen(null);
  const canChange = !readOnly && meeting.status === 'scheduled' && !started;
  const canLog = !readOnly && !cancelled && started;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-testid={`meeting-${meeting.id}`}
      opacity={cancelled ? 0.6 : 1}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={4} fz="h5" id={titleId}>
              {cancelled ? 'Cancelled meeting' : `Meeting ${meeting.number}`}
            </Title>
            {meeting.isKickoff ? (
              <Badge variant="filled" color="teal">
                Kickoff
              </Badge>
            ) : null}
            {isNext ? <Badge variant="outline">Next</Badge> : null}
          </Group>
          <Group gap={6}>
            <Badge variant="light" color={status.color}>
              {status.label}
            </Badge>
            {meeting.moved ? (
              <Badge variant="light" color="grape">
                Moved
              </Badge>
            ) : null}
          </Group>
        </Group>
        <MeetingWhen meeting={meeting} workspace={workspace} />
        {cancelled ? null : (
          <>
            <MeetingWhere meeting={meeting} />
            <MeetingTopic meeting={meeting} />
            <MeetingLogView meeting={meeting} workspace={workspace} />
          </>
        )}
        {readOnly || cancelled ? null : (
          <Group gap="xs">
            {canLog ? (
              <Button size="xs" onClick={() => setOpen('log')}>
                {meeting.log ? 'Edit the log' : 'Log meeting'}
              </Button>
            ) : null}
            <Button size="xs" variant="default" onClick={() => setOpen('topic')}>
              Change topic
            </Button>
            {canChange ? (
              <>
                <Button size="xs" variant="default" onClick={() => setOpen('move')}>
                  Move
                </Button>
                <Button size="xs" variant="default" color="red" onClick={() => setOpen('cancel')}>
                  Cancel
                </Button>
              </>
            ) : null}
            {started ? null : (
              <Button
                size="xs"
                variant="subtle"
                component="a"
                href={meetingIcsUrl(pairId, meeting.id)}
                download
                leftSection={<IconCalendarPlus size={14} aria-hidden />}
              >
                Add to calendar
              </Button>
            )}
          </Group>
        )}
        {cancelled ? null : <PrivateNote pairId={pairId} meeting={meeting} readOnly={readOnly} />}
      </Stack>
      {open === 'topic' ? (
        <TopicModal
          pairId={pairId}
          meeting={meeting}
          topicPlan={workspace.program.topicPlan}
          onClose={close}
        />
      ) : null}
      {open === 'move' ? (
        <MoveMeetingModal pairId={pairId} meeting={meeting} workspace={workspace} onClose={close} />
      ) : null}
      {open === 'cancel' ? (
        <CancelMeetingModal
          pairId={pairId}
          meeting={meeting}
          timeZone={workspace.me.timeZone}
          onClose={close}
        />
      ) : null}
      {open === 'log' ? (
        <LogMeetingModal pairId={pairId} meeting={meeting} workspace={workspace} onClose={close} />
      ) : null}
    </Paper>
  );
}
