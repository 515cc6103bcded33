import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { StateBadge } from '../pairing/pair-health-panel';
import { useDecidePair } from './midpoint-api';
import type { ReviewDecision, ReviewPair, ReviewRepairRequest } from './midpoint-types';

export type PairAction = 'send_resources' | 'repair';

const DECISION_WORDS: Record<ReviewDecision, string> = {
  keep: 'Kept as it is',
  send_resources: 'Resources sent',
  repair: 'To be re-paired in the Matching tab',
};

/** Whether one side answered the check-in: a word and an icon, never the answer. */
function Answered({ side, name, answered }: { side: string; name: string; answered: boolean }) {
  const Icon = answered ? IconCircleCheck : IconCircleDashed;
  return (
    <Group gap={4} wrap="nowrap">
      <Text c={answered ? 'teal' : 'dimmed'} lh={0}>
        <Icon size={16} aria-hidden />
      </Text>
      <Text size="sm">
        {name} ({side}) {answered ? 'answered' : 'has not answered yet'}
      </Text>
    </Group>
  );
}

function Decision({ decision }: { decision: NonNullable<ReviewPair['decision']> }) {
  return (
    <Stack gap={2} data-testid="decision">
      <Text size="sm">
        <Text span fw={500}>
          Decision: {DECISION_WORDS[decision.decision]}
        </Text>{' '}
        <Text span c="dimmed" size="sm">
          · {decision.decidedBy ? `${decision.decidedBy}, ` : ''}
          {formatDate(decision.decidedAt)}
        </Text>
      </Text>
      {decision.note ? (
        <Text size="sm" c="dimmed">
          Your note: {decision.note}
        </Text>
      ) : null}
    </Stack>
  );
}

interface ReviewPairCardProps {
  programId: string;
  pair: ReviewPair;
  requests: ReviewRepairRequest[];
  /** The check-in has been sent, so answering it means something. */
  checkInSent: boolean;
  onAction: (action: PairAction) => void;
}

/** One pair at the midpoint: how it is doing and why, the check-in, requests, HR's decision and actions. */
export function ReviewPairCard({ programId, pair, requests, checkInSent, onAction }: ReviewPairCardProps) {
  const keep = useDecidePair(programId, pair.pairId);
  const names = `${pair.mentor.name} and ${pair.mentee.name}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="li"
      aria-label={names}
      data-testid={`review-${pair.pairId}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={600}>{names}</Text>
            <Text size="sm" c="dimmed">
              Meetings held: {pair.meetingsHeld} of {pair.meetingsPlanned} planned so far
            </Text>
          </div>
          <Group gap="xs">
            {pair.openRepairRequests > 0 ? (
              <Badge color="orange" variant="light" tt="none">
                {pair.openRepairRequests === 1
                  ? '1 re-pair request'
                  : `${pair.openRepairRequests} re-pair requests`}
              </Badge>
            ) : null}
            <StateBadge state={pair.state} />
          </Group>
        </Group>
        {pair.reasons.length > 0 ? (
          <List size="sm" spacing={2} aria-label="Why">
            {pair.reasons.map((reason) => (
              <List.Item key={reason.code}>{reason.message}</List.Item>
            ))}
          </List>
        ) : null}
        <Stack gap={2} aria-label="Halfway check-in">
          {checkInSent ? (
            <>
              <Answered side="mentor" name={pair.mentor.name} answered={pair.checkIn.mentorAnswered} />
              <Answered side="mentee" name={pair.mentee.name} answered={pair.checkIn.menteeAnswered} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              The halfway check-in has not been sent yet.
            </Text>
          )}
        </Stack>
        {requests.map((request) => (
          <Text key={request.id} size="sm">
            {request.requestedBy.name} asked to be re-paired on {formatDate(request.createdAt)}: “
            {request.reason}”
          </Text>
        ))}
        {pair.decision ? <Decision decision={pair.decision} /> : null}
        {keep.isError ? <ErrorAlert error={keep.error} title="The decision was not saved" /> : null}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            loading={keep.isPending}
            onClick={() => keep.mutate({ decision: 'keep' })}
            aria-label={`Keep ${names} as they are`}
          >
            Keep
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => onAction('send_resources')}
            aria-label={`Send resources to ${names}`}
          >
            Send resources…
          </Button>
          <Button
            size="xs"
            variant="default"
            color="orange"
            onClick={() => onAction('repair')}
            aria-label={`Re-pair ${names}`}
          >
            Re-pair…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
