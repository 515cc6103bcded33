import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../common/error-alert';
import { formatDate } from '../../common/format';
import { QuietEmpty } from '../../home/quiet-empty';
import { sideLabel } from '../../programs/program-labels';
import { useMyPairs } from '../../pairing/use-pairing';
import { myProgramStatus } from './my-program-status';
import { certificateUrl, useMyPrograms } from './use-my-programs';

/** Programs I am in, invited or nominated to, or can volunteer for; each with my status and next step. */
export function MyProgramsList({ headingOrder }: { headingOrder: 2 | 3 }) {
  const programs = useMyPrograms();
  const pairs = useMyPairs();
  const matchedIn = new Set((pairs.data ?? []).map((p) => p.program.id));
  if (programs.isError) return <ErrorAlert error={programs.error} />;
  if (!programs.data) return <Skeleton height={90} aria-label="Loading your programs" />;
  if (programs.data.length === 0) {
    return (
      <QuietEmpty icon={<IconCalendarEvent aria-hidden />} title="You're not in a program yet">
        When HR invites you, or a program opens for volunteers, it shows up here.
      </QuietEmpty>
    );
  }
  return (
    <Stack gap="sm">
      {programs.data.map((item) => {
        const words = myProgramStatus(item, matchedIn.has(item.program.id));
        const { program, enrollment } = item;
        return (
          <Paper key={program.id} withBorder p="md" radius="md" data-testid={`my-program-${program.id}`}>
            <Group justify="space-between" align="flex-start" gap="md">
              <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
                <Title order={headingOrder} fz="h4">
                  {program.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {formatDate(program.startDate)} – {formatDate(program.endDate)}
                  {enrollment ? ` · ${sideLabel(enrollment.side, program.type)}` : ''}
                </Text>
                <Text fw={600}>{words.status}</Text>
                <Text size="sm">{words.next}</Text>
                {item.certificate ? (
                  <Anchor href={certificateUrl(program.id)} download size="sm">
                    Download your certificate (PDF)
                  </Anchor>
                ) : null}
              </Stack>
              {words.action ? (
                <Button
                  component={Link}
                  to={`/my/programs/${program.id}`}
                  variant={
                    enrollment && enrollment.status !== 'invited' && enrollment.status !== 'nominated'
                      ? 'default'
                      : 'filled'
                  }
                  aria-label={`${words.action}: ${program.name}`}
                >
                  {words.action}
                </Button>
              ) : null}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
