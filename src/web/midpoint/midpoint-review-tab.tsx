import { Button, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { QuietEmpty } from '../home/quiet-empty';
import type { Program } from '../programs/program-types';
import { CheckInResultsSection } from './check-in-results-section';
import { useMidpointReview } from './midpoint-api';
import type { MidpointReview, ReviewPair } from './midpoint-types';
import { RepairModal } from './repair-modal';
import { type PairAction, ReviewPairCard } from './review-pair-card';
import { ReviewSummary } from './review-summary';
import { SendResourcesModal } from './send-resources-modal';

type Filter = 'attention' | 'all';

/** A pair HR should look at: not healthy, or someone asked to be re-paired. */
export const needsAttention = (pair: ReviewPair) => pair.state !== 'healthy' || pair.openRepairRequests > 0;

function PairsSection({ review }: { review: MidpointReview }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<{ action: PairAction; pair: ReviewPair } | null>(null);
  const programId = review.program.id;
  const shown = filter === 'all' ? review.pairs : review.pairs.filter(needsAttention);
  const checkInSent = review.midpointSurvey !== null && review.midpointSurvey.status !== 'scheduled';
  const close = () => setOpen(null);
  return (
    <Stack component="section" gap="sm" aria-labelledby="review-pairs-title">
      <Title order={2} fz="h3" id="review-pairs-title">
        Pairs
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        The pairs that need a word from you come first. For each, decide to keep it as it is, send both people
        some resources, or re-pair it. You see whether each person answered the check-in, never what they
        said.
      </Text>
      <SegmentedControl
        w="fit-content"
        aria-label="Show pairs"
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={[
          { value: 'attention', label: `Needs attention (${review.pairs.filter(needsAttention).length})` },
          { value: 'all', label: `All (${review.pairs.length})` },
        ]}
      />
      {shown.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            No pair needs attention right now: every pair is healthy and nobody asked to be re-paired.
          </Text>
          <Button size="xs" variant="default" onClick={() => setFilter('all')}>
            Show all pairs
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Pairs to review">
          {shown.map((pair) => (
            <ReviewPairCard
              key={pair.pairId}
              programId={programId}
              pair={pair}
              requests={review.repairRequests.filter((r) => r.pairId === pair.pairId)}
              checkInSent={checkInSent}
              onAction={(action) => setOpen({ action, pair })}
            />
          ))}
        </Stack>
      )}
      {open?.action === 'send_resources' ? (
        <SendResourcesModal
          programId={programId}
          pair={open.pair}
          resources={review.resources}
          onClose={close}
        />
      ) : null}
      {open?.action === 'repair' ? (
        <RepairModal programId={programId} pair={open.pair} onClose={close} />
      ) : null}
    </Stack>
  );
}

function ReviewBody({ review }: { review: MidpointReview }) {
  if (review.pairs.length === 0) {
    return (
      <QuietEmpty icon={<IconUsers aria-hidden />} title="No active pairs to review">
        The midpoint review looks at the pairs that are meeting. Once pairs are published in the Matching tab,
        they appear here with how they are doing.
      </QuietEmpty>
    );
  }
  return (
    <Stack gap="xl">
      <ReviewSummary review={review} />
      <CheckInResultsSection programId={review.program.id} survey={review.midpointSurvey} />
      <PairsSection review={review} />
    </Stack>
  );
}

/**
 * HR's midpoint review (`/programs/:id/midpoint-review`, issue 7): at about three months, everything
 * needed to adjust the program in one place — pair health, the halfway check-in, re-pair requests —
 * with a decision per pair: keep, send resources, or re-pair through the Matching tab.
 */
export function MidpointReviewTab({ program }: { program: Program }) {
  const review = useMidpointReview(program.id);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} fz="h3">
          Midpoint review
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          Halfway through the program: see how each pair is doing, what the check-in says in totals, and who
          asked for a new match; then decide what each pair needs.
        </Text>
      </Stack>
      {review.isError ? <ErrorAlert error={review.error} /> : null}
      {review.isPending ? <Skeleton height={240} aria-label="Loading the midpoint review" /> : null}
      {review.data ? <ReviewBody review={review.data} /> : null}
    </Stack>
  );
}
