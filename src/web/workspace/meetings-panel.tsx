import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { CalendarFeedCard } from './calendar-feed-card';
import { MeetingCard } from './meeting-card';
import { pairIcsUrl, useMeetings } from './use-workspace';
import type { Meeting, Workspace } from './workspace-types';

function Section({
  title,
  meetings,
  render,
}: {
  title: string;
  meetings: Meeting[];
  render: (meeting: Meeting) => React.ReactNode;
}) {
  if (meetings.length === 0) return null;
  const id = `meetings-${title.toLowerCase()}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={3} fz="h4" id={id}>
        {title}
      </Title>
      {meetings.map(render)}
    </Stack>
  );
}

/** The pair's meetings, upcoming first, then past (latest first); calendar files and subscription. */
export function MeetingsPanel({
  pairId,
  workspace,
  readOnly,
}: {
  pairId: string;
  workspace: Workspace;
  readOnly: boolean;
}) {
  const meetings = useMeetings(pairId);
  const [now] = useState(() => Date.now());
  const agreed = workspace.agreement.status === 'agreed';

  let list: React.ReactNode;
  if (meetings.isError)
    list = <ErrorAlert error={meetings.error} title="Your meetings could not be loaded" />;
  else if (!meetings.data) {
    list = (
      <Stack gap="sm" aria-busy="true" aria-label="Loading your meetings">
        <Skeleton height={110} />
        <Skeleton height={110} />
      </Stack>
    );
  } else if (meetings.data.length === 0) {
    list = (
      <Alert role="status" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {agreed
          ? 'No meetings are planned. Change the schedule from the Agreement tab to plan more.'
          : 'Your meetings appear here once you have both accepted the agreement.'}
      </Alert>
    );
  } else {
    const upcoming = meetings.data.filter((m) => Date.parse(m.startsAt) > now);
    const past = meetings.data.filter((m) => Date.parse(m.startsAt) <= now).reverse();
    const next = upcoming.find((m) => m.status !== 'cancelled');
    const render = (meeting: Meeting) => (
      <MeetingCard
        key={meeting.id}
        pairId={pairId}
        meeting={meeting}
        workspace={workspace}
        now={now}
        isNext={meeting.id === next?.id}
        readOnly={readOnly}
      />
    );
    list = (
      <Stack gap="lg">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Times are shown in your time zone, {workspace.me.timeZone}.
          </Text>
          <Anchor href={pairIcsUrl(pairId)} download size="sm">
            <Group gap={4} component="span">
              <IconDownload size={14} aria-hidden />
              Download all meetings (.ics)
            </Group>
          </Anchor>
        </Group>
        <Section title="Upcoming" meetings={upcoming} render={render} />
        <Section title="Past" meetings={past} render={render} />
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      {list}
      {readOnly ? null : <CalendarFeedCard />}
    </Stack>
  );
}
