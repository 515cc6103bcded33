import { Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import type { Program } from '../programs/program-types';
import { PairHealthPanel } from './pair-health-panel';
import { PairsPanel } from './pairs-panel';
import { RerunModal } from './rerun-modal';
import { ReviewBoard } from './review-board';
import { RunDiffPanel } from './run-diff-panel';
import { RunsList } from './runs-list';
import { StartRunPanel } from './start-run-panel';
import { useRun, useRuns } from './use-pairing';

/** Phases in which the Matching tab is offered. */
/** Closed programs keep the tab: their pairs, and whether each keeps meeting informally, stay visible. */
export const matchingPhases: readonly Program['phase'][] = [
  'matching',
  'active',
  'midpoint',
  'closing',
  'closed',
];
const adjustablePhases: readonly Program['phase'][] = ['active', 'midpoint', 'closing'];

function RunView({
  runId,
  onRerun,
  onPublished,
}: {
  runId: string;
  onRerun: () => void;
  onPublished: () => void;
}) {
  const run = useRun(runId);
  if (run.data) return <ReviewBoard run={run.data} onRerun={onRerun} onPublished={onPublished} />;
  if (run.isError) return <ErrorAlert error={run.error} />;
  return <Skeleton height={300} aria-label="Loading the run" />;
}

/** HR's matching workflow: run, review, adjust, compare, publish; later, end pairs and re-match. */
export function MatchingTab({ program }: { program: Program }) {
  const runs = useRuns(program.id);
  const [viewing, setViewing] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ runId: string; previousId: string } | null>(null);
  const [rerunOf, setRerunOf] = useState<string | null>(null);
  const rerunRun = useRun(rerunOf);
  /** From the midpoint review's "Re-pair": the pair to end and re-match. */
  const [search] = useSearchParams();
  const focusPairId = search.get('pair');

  if (!matchingPhases.includes(program.phase)) {
    return <Text>Matching opens when the program reaches its matching phase.</Text>;
  }
  if (runs.isError) return <ErrorAlert error={runs.error} />;
  if (!runs.data) return <Skeleton height={200} aria-label="Loading the matching runs" />;

  const items = runs.data;
  const adjustable = adjustablePhases.includes(program.phase);
  const published = items.some((r) => r.status === 'published');
  const newestDraft = items.find((r) => r.status === 'draft');
  const shownId = comparing?.runId ?? viewing ?? newestDraft?.id ?? null;
  const reset = () => {
    setViewing(null);
    setComparing(null);
  };

  return (
    <Stack gap="xl">
      {adjustable || published ? <PairHealthPanel programId={program.id} /> : null}
      {adjustable || published ? (
        <PairsPanel
          programId={program.id}
          adjustable={adjustable}
          draftOpen={newestDraft !== undefined}
          onRematch={(id) => setViewing(id)}
          focusPairId={focusPairId}
        />
      ) : null}
      {program.phase === 'matching' && !newestDraft && !published ? (
        <StartRunPanel
          programId={program.id}
          avoidRepeatPairs={program.settings.avoidRepeatPairs}
          onStarted={(id) => setViewing(id)}
        />
      ) : null}
      {comparing ? (
        <RunDiffPanel
          runId={comparing.runId}
          previousId={comparing.previousId}
          onUse={() => {
            setViewing(comparing.runId);
            setComparing(null);
          }}
          onKeepPrevious={() => {
            setViewing(comparing.previousId);
            setComparing(null);
          }}
        />
      ) : null}
      {shownId ? (
        <RunView key={shownId} runId={shownId} onRerun={() => setRerunOf(shownId)} onPublished={reset} />
      ) : null}
      {items.length > 0 ? (
        <RunsList
          runs={items}
          viewing={shownId}
          onOpen={(id) => {
            setComparing(null);
            setViewing(id);
          }}
        />
      ) : null}
      {rerunOf && rerunRun.data ? (
        <RerunModal
          run={rerunRun.data}
          onClose={() => setRerunOf(null)}
          onCreated={(id) => {
            setComparing({ runId: id, previousId: rerunOf });
            setRerunOf(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
