import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../common/format';
import { CadenceModal } from './cadence-modal';
import { describeSchedule } from './schedule-labels';
import { objectivesKey, objectivesLabel, sidesMineFirst } from './workspace-names';
import type { Workspace } from './workspace-types';

function Items({ items, empty, label }: { items: string[]; empty: string; label: string }) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  }
  return (
    <List spacing={4} aria-label={label}>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: plain sentences, possibly repeated, with no id
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

/** The agreement as both accepted it; the schedule can still change from a date on. */
export function AgreementSummary({
  pairId,
  workspace,
  readOnly,
}: {
  pairId: string;
  workspace: Workspace;
  readOnly: boolean;
}) {
  const { agreement } = workspace;
  const { schedule } = agreement;
  const [changing, setChanging] = useState(false);
  return (
    <Stack gap="lg" data-testid="agreement-summary">
      <Text>
        {agreement.agreedAt
          ? `You both accepted this agreement on ${formatDate(agreement.agreedAt)}.`
          : 'This agreement was never accepted by both of you.'}
      </Text>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="summary-rules">
        <Stack gap="xs">
          <Title order={3} fz="h4" id="summary-rules">
            Ground rules
          </Title>
          <Items items={agreement.groundRules} empty="No ground rules." label="Ground rules" />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="summary-schedule">
        <Stack gap="xs">
          <Title order={3} fz="h4" id="summary-schedule">
            When you meet
          </Title>
          <Text data-testid="schedule-summary">{describeSchedule(schedule)}.</Text>
          {schedule.mode === 'video' && schedule.videoUrl ? (
            <Text size="sm">
              Video link:{' '}
              <Anchor href={schedule.videoUrl} target="_blank" rel="noreferrer">
                {schedule.videoUrl}
              </Anchor>
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            From {formatDate(schedule.startsOn)} until the program ends on{' '}
            {formatDate(workspace.program.endDate)}.
          </Text>
          {readOnly ? null : (
            <Group>
              <Button
                variant="light"
                leftSection={<IconCalendarRepeat size={16} aria-hidden />}
                onClick={() => setChanging(true)}
              >
                Change the schedule from a date…
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="summary-objectives">
        <Stack gap="sm">
          <Title order={3} fz="h4" id="summary-objectives">
            What you each want to learn
          </Title>
          {sidesMineFirst(workspace).map((side) => {
            const label = objectivesLabel(workspace, side);
            return (
              <Stack key={side} gap={4}>
                <Text fw={600}>{label}</Text>
                <Items items={agreement[objectivesKey[side]]} empty="Nothing written down." label={label} />
              </Stack>
            );
          })}
        </Stack>
      </Paper>
      {changing ? (
        <CadenceModal
          pairId={pairId}
          schedule={schedule}
          myTimeZone={workspace.me.timeZone}
          onClose={() => setChanging(false)}
        />
      ) : null}
    </Stack>
  );
}
