import { Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconChartBar, IconEye, IconLock, IconSend } from '@tabler/icons-react';
import { formatDate } from '../common/format';
import type { ProgramSurvey } from './check-in-types';
import { statusLabels } from './survey-labels';

export type SurveyAction = 'dates' | 'send' | 'close' | 'preview';

const timingLabels: Record<ProgramSurvey['timing'], string> = {
  kickoff: 'At the start',
  midpoint: 'Halfway',
  final: 'At the end',
};

function Counts({ survey }: { survey: ProgramSurvey }) {
  if (survey.status === 'scheduled') {
    return (
      <Text size="sm" c="dimmed">
        Not sent yet
      </Text>
    );
  }
  const rate = survey.invited === 0 ? 0 : Math.round((100 * survey.responded) / survey.invited);
  return (
    <Stack gap={4}>
      <Text size="sm">
        {survey.responded} of {survey.invited} invited answered ({rate}%)
      </Text>
      <Progress value={rate} color="teal" size="sm" aria-label={`Response rate of ${survey.title}`} />
    </Stack>
  );
}

/** One check-in survey of the program: when it runs, how many answered, and what HR can do with it. */
export function SurveyCard({
  survey,
  showingResults,
  onAction,
  onShowResults,
}: {
  survey: ProgramSurvey;
  showingResults: boolean;
  onAction: (action: SurveyAction) => void;
  onShowResults: () => void;
}) {
  const status = statusLabels[survey.status];
  const titleId = `survey-${survey.id}-title`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {timingLabels[survey.timing]}
          </Text>
          <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={3} fz="h4" id={titleId}>
              {survey.title}
            </Title>
            <Badge color={status.color} variant="light" tt="none">
              {status.label}
            </Badge>
          </Group>
          <Text size="sm">
            Opens {formatDate(survey.opensOn)} · closes {formatDate(survey.closesOn)}
          </Text>
        </Stack>
        <Counts survey={survey} />
        <Group gap="xs">
          {survey.status !== 'closed' ? (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconCalendar size={14} aria-hidden />}
              onClick={() => onAction('dates')}
            >
              Change dates
            </Button>
          ) : null}
          {survey.status === 'scheduled' ? (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconSend size={14} aria-hidden />}
              onClick={() => onAction('send')}
            >
              Send now
            </Button>
          ) : null}
          {survey.status === 'open' ? (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconLock size={14} aria-hidden />}
              onClick={() => onAction('close')}
            >
              Close
            </Button>
          ) : null}
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconEye size={14} aria-hidden />}
            onClick={() => onAction('preview')}
          >
            Preview questions
          </Button>
          {survey.status !== 'scheduled' ? (
            <Button
              size="compact-sm"
              variant={showingResults ? 'light' : 'subtle'}
              leftSection={<IconChartBar size={14} aria-hidden />}
              aria-pressed={showingResults}
              onClick={onShowResults}
            >
              Results
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
