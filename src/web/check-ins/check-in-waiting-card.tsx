import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../common/format';
import { useMyCheckIns } from './check-ins-api';

/**
 * On a participant's home: a check-in that is open and not answered yet, with one way to answer it.
 * Nothing at all when none is waiting (or while the list loads or cannot be read).
 */
export function CheckInWaitingCard() {
  const checkIns = useMyCheckIns();
  const waiting = (checkIns.data ?? [])
    .filter((item) => item.status === 'open' && !item.answeredAt)
    .sort((a, b) => a.closesOn.localeCompare(b.closesOn));
  const [first] = waiting;
  if (!first) return null;
  const one = waiting.length === 1;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="check-in-waiting-title"
      data-testid="check-in-waiting"
    >
      <Group justify="space-between" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Text c="teal" lh={0}>
            <IconClipboardCheck size={24} aria-hidden />
          </Text>
          <Stack gap={2}>
            <Title order={3} fz="h5" id="check-in-waiting-title">
              Check-in waiting
            </Title>
            <Text size="sm">
              {one
                ? `“${first.title}” (${first.programName}) is open until ${formatDate(first.closesOn)}. It takes a few minutes.`
                : `${waiting.length} check-ins are waiting for your answers. The first closes on ${formatDate(first.closesOn)}.`}
            </Text>
          </Stack>
        </Group>
        <Button component={Link} to={one ? `/my/check-ins/${encodeURIComponent(first.id)}` : '/my/check-ins'}>
          {one ? 'Answer now' : 'See your check-ins'}
        </Button>
      </Group>
    </Paper>
  );
}
