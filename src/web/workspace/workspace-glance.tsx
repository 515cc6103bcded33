import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { firstName } from '../common/format';
import { formatMeetingTime } from './meeting-time';
import { useMeetings, useWorkspace } from './use-workspace';
import type { Workspace } from './workspace-types';

function NextMeeting({ workspace }: { workspace: Workspace }) {
  const pairId = workspace.pair.id;
  const meetings = useMeetings(pairId);
  const [now] = useState(() => Date.now());
  if (!meetings.data) return null;
  const next = meetings.data.find((m) => m.status === 'scheduled' && Date.parse(m.startsAt) > now);
  const zone = workspace.me.timeZone;
  return (
    <Text size="sm" data-testid="workspace-glance">
      <Text span fw={600}>
        Next meeting:{' '}
      </Text>
      {next
        ? `${formatMeetingTime(next.startsAt, next.endsAt, zone)}${next.topic ? ` · ${next.topic.title}` : ''}. `
        : 'none planned. '}
      <Anchor component={Link} to={`/my/pairs/${encodeURIComponent(pairId)}?tab=meetings`} size="sm">
        See your meetings
      </Anchor>
    </Text>
  );
}

/** One line on the match card: what the pair should do next in its workspace. Silent on any failure. */
export function WorkspaceGlance({ pairId }: { pairId: string }) {
  const workspace = useWorkspace(pairId);
  const w = workspace.data;
  if (!w || w.pair.status === 'ended') return null;
  if (w.agreement.status === 'agreed') return <NextMeeting workspace={w} />;
  const link = `/my/pairs/${encodeURIComponent(pairId)}?tab=agreement`;
  return (
    <Text size="sm" data-testid="workspace-glance">
      <Text span fw={600}>
        Kickoff agreement:{' '}
      </Text>
      {w.agreement.status === 'draft'
        ? 'waiting for you to read and accept it. '
        : `waiting for ${firstName(w.partner.name)} to accept. `}
      <Anchor component={Link} to={link} size="sm">
        Open the agreement
      </Anchor>
    </Text>
  );
}
