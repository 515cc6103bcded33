import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import type { MyCheckIn } from './check-in-types';
import { useMyCheckIns } from './check-ins-api';

const checkInPath = (item: MyCheckIn) => `/my/check-ins/${encodeURIComponent(item.id)}`;

/** What one check-in asks of the person now, in words and one action. */
function stateOf(item: MyCheckIn): { badge: string; color: string; note: string; action: string | null } {
  if (item.status === 'open' && !item.answeredAt)
    return {
      badge: 'Waiting',
      color: 'teal',
      note: `Closes on ${formatDate(item.closesOn)}`,
      action: 'Answer',
    };
  if (item.status === 'scheduled')
    return { badge: 'Not open yet', color: 'gray', note: "We'll email you when it opens.", action: null };
  if (item.status === 'open')
    return {
      badge: 'Answered',
      color: 'blue',
      note: `Answered on ${formatDate(item.answeredAt)} · you can change your answers until ${formatDate(item.closesOn)}`,
      action: 'Change answers',
    };
  return {
    badge: 'Closed',
    color: 'gray',
    note: item.answeredAt
      ? `Answered on ${formatDate(item.answeredAt)} · closed on ${formatDate(item.closesOn)}`
      : `Closed on ${formatDate(item.closesOn)} without an answer`,
    action: item.answeredAt ? 'See your answers' : null,
  };
}

function CheckInCard({ item }: { item: MyCheckIn }) {
  const state = stateOf(item);
  const titleId = `check-in-${item.id}-title`;
  return (
    <Paper withBorder p="md" radius="md" component="li" aria-labelledby={titleId}>
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={3} fz="h5" id={titleId}>
              {item.title}
            </Title>
            <Badge color={state.color} variant="light" tt="none">
              {state.badge}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {item.programName} · with {item.partnerName}
          </Text>
          <Text size="sm">{state.note}</Text>
        </Stack>
        {state.action ? (
          <Button
            component={Link}
            to={checkInPath(item)}
            variant={item.status === 'open' && !item.answeredAt ? 'filled' : 'default'}
          >
            {state.action}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

function CheckInList({ title, items }: { title: string; items: MyCheckIn[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} fz="h4">
        {title}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={title}>
        {items.map((item) => (
          <CheckInCard key={item.id} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}

/** A participant's check-ins: the ones waiting for an answer first, then answered and closed ones. */
export function MyCheckInsPage() {
  const checkIns = useMyCheckIns();
  const items = checkIns.data ?? [];
  const waiting = items.filter((i) => i.status === 'open' && !i.answeredAt);
  const answered = items.filter((i) => i.status === 'open' && i.answeredAt);
  const comingUp = items.filter((i) => i.status === 'scheduled');
  const closed = items.filter((i) => i.status === 'closed');
  return (
    <Stack gap="lg">
      <PageHeader
        title="Check-ins"
        description="Short questions about how your mentoring is going. Your partner never sees your answers."
      />
      {checkIns.isError ? <ErrorAlert error={checkIns.error} /> : null}
      {checkIns.isPending ? <Skeleton height={160} aria-label="Loading your check-ins" /> : null}
      {checkIns.data?.length === 0 ? (
        <QuietEmpty icon={<IconClipboardCheck aria-hidden />} title="No check-ins yet">
          We'll email you when one opens.
        </QuietEmpty>
      ) : null}
      <CheckInList title="Waiting for your answers" items={waiting} />
      <CheckInList title="Answered" items={answered} />
      <CheckInList title="Coming up" items={comingUp} />
      <CheckInList title="Closed" items={closed} />
    </Stack>
  );
}
