import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { firstName } from '../common/format';
import { type PairContinuation, useAnswerContinuation, usePairContinuation } from './continuation-api';

function Outcome({ answer, partner }: { answer: PairContinuation; partner: string }) {
  if (answer.bothContinue)
    return (
      <Alert color="teal" variant="light" role="status" title="You both plan to keep meeting">
        Wonderful. Keep the rhythm that suits you both; nothing more is tracked here.
      </Alert>
    );
  if (answer.mine === true)
    return (
      <Text size="sm" role="status">
        Thank you: you said yes. If {partner} says yes too, you will both see it here.
      </Text>
    );
  if (answer.mine === false)
    return (
      <Text size="sm" role="status">
        Thank you: you said not for now. {partner} is not told.
      </Text>
    );
  return null;
}

/**
 * On a closed program's pair: "Will you keep meeting informally?" with two buttons. The partner
 * learns the answer only when both said yes; a no is never shown to them. Silent while the question
 * is not open (program still running, or a pair that ended early).
 */
export function ContinuationCard({ pairId, partnerName }: { pairId: string; partnerName: string }) {
  const continuation = usePairContinuation(pairId);
  const answer = useAnswerContinuation(pairId);
  const [choosing, setChoosing] = useState<boolean | null>(null);
  const partner = firstName(partnerName);

  if (continuation.isError) return <ErrorAlert error={continuation.error} />;
  if (!continuation.data)
    return <Skeleton height={120} radius="md" aria-label="Loading whether you keep meeting" />;
  const current = continuation.data;
  if (!current.open) return null;
  const choose = (continues: boolean) => {
    setChoosing(continues);
    answer.mutate(continues, { onSettled: () => setChoosing(null) });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="continuation-title">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconHeartHandshake size={22} aria-hidden />
          <Title order={2} fz="h4" id="continuation-title">
            Will you keep meeting {partner} informally?
          </Title>
        </Group>
        <Text size="sm">
          The program has closed. If you would like to go on meeting on your own terms, say so here. {partner}{' '}
          only learns your answer if you both say yes. You can change it at any time.
        </Text>
        <Group gap="sm">
          <Button
            variant={current.mine === true ? 'filled' : 'default'}
            aria-pressed={current.mine === true}
            loading={answer.isPending && choosing === true}
            disabled={answer.isPending && choosing !== true}
            onClick={() => choose(true)}
          >
            Yes, we’ll keep meeting
          </Button>
          <Button
            variant={current.mine === false ? 'filled' : 'default'}
            {...(current.mine === false ? { color: 'gray' } : {})}
            aria-pressed={current.mine === false}
            loading={answer.isPending && choosing === false}
            disabled={answer.isPending && choosing !== false}
            onClick={() => choose(false)}
          >
            Not for now
          </Button>
        </Group>
        {answer.isError ? <ErrorAlert error={answer.error} /> : null}
        <Outcome answer={current} partner={partner} />
      </Stack>
    </Paper>
  );
}
