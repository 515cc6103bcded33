import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { StateCount } from '../pairing/pair-health-panel';
import type { MidpointReview } from './midpoint-types';

function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

function responseRate(review: MidpointReview): { value: string; detail: string } {
  const survey = review.midpointSurvey;
  if (!survey || survey.status === 'scheduled' || survey.invited === 0)
    return { value: '—', detail: 'The check-in has not been sent yet' };
  const percent = Math.round((100 * survey.responded) / survey.invited);
  return { value: `${percent}%`, detail: `${survey.responded} of ${survey.invited} people answered` };
}

/** The review at a glance: pairs by health, the check-in's response rate, open requests, progress. */
export function ReviewSummary({ review }: { review: MidpointReview }) {
  const rate = responseRate(review);
  const reviewed = review.pairs.filter((p) => p.decision !== null).length;
  const requests = review.repairRequests.length;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm" maw={560} role="group" aria-label="Pairs by health">
        <StateCount state="healthy" count={review.health.summary.healthy} />
        <StateCount state="at_risk" count={review.health.summary.at_risk} />
        <StateCount state="inactive" count={review.health.summary.inactive} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" maw={840}>
        <Figure
          label="Check-in response rate"
          value={rate.value}
          detail={rate.detail}
          testId="summary-response"
        />
        <Figure
          label="Open re-pair requests"
          value={String(requests)}
          detail={requests === 0 ? 'Nobody asked for a new match' : 'Read them with each pair below'}
          testId="summary-requests"
        />
        <Figure
          label="Pairs reviewed"
          value={`${reviewed} of ${review.pairs.length}`}
          detail={
            reviewed === review.pairs.length ? 'Every pair has a decision' : 'Decide about each pair below'
          }
          testId="summary-reviewed"
        />
      </SimpleGrid>
    </Stack>
  );
}
