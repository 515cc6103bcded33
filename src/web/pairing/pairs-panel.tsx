import { Alert, Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { EndPairModal } from './end-pair-modal';
import type { Pair, PairWorkspaceCounts } from './pairing-types';
import { RepairRequestsPanel } from './repair-requests-panel';
import { continuationWords, type ProgramContinuations, useProgramContinuations } from './use-continuations';
import { usePairs, useStartRun } from './use-pairing';

const statusWords: Record<Pair['status'], string> = { active: 'Active', paused: 'Paused', ended: 'Ended' };

/** Counts only: whether the kickoff is agreed, meetings held of planned, goals completed of total. */
function WorkspaceCounts({ workspace }: { workspace: PairWorkspaceCounts | undefined }) {
  if (!workspace) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {workspace.agreement === 'pending' ? (
        <Badge color="yellow" variant="light" tt="none" w="fit-content">
          Kickoff pending
        </Badge>
      ) : null}
      <Text size="sm">
        Meetings: {workspace.meetingsHeld}/{workspace.meetingsPlanned}
      </Text>
      <Text size="sm">
        Goals: {workspace.goals.completed}/{workspace.goals.total}
      </Text>
    </Stack>
  );
}

/** After the program closed: how many pairs keep meeting informally (never who said no). */
function ContinuationSummary({ continuations }: { continuations: ProgramContinuations }) {
  const { summary } = continuations;
  if (summary.pairs === 0) return null;
  return (
    <Alert color="teal" variant="light" mb="sm" title="Keeping in touch after the program">
      <Text size="sm" data-testid="continuation-summary">
        {summary.continuing} of {summary.pairs} {summary.pairs === 1 ? 'pair' : 'pairs'} will keep meeting
        informally; {summary.not_continuing} will not; {summary.not_answered} not answered yet. Each person
        answers for themselves; a partner learns only a shared yes.
      </Text>
    </Alert>
  );
}

function ContinuationBadge({ status }: { status: keyof typeof continuationWords | undefined }) {
  if (!status) return <Text c="dimmed">—</Text>;
  const words = continuationWords[status];
  return (
    <Badge color={words.color} variant="light" tt="none">
      {words.label}
    </Badge>
  );
}

interface PairsPanelProps {
  programId: string;
  /** Active, midpoint or closing: pairs can be ended and the freed people re-matched. */
  adjustable: boolean;
  /** A draft run is already open for review below: finish it before starting another. */
  draftOpen: boolean;
  onRematch: (runId: string) => void;
  /** A pair to re-pair (from the midpoint review): shown first in a notice, its end dialog opened once. */
  focusPairId?: string | null;
}

/** What to do about the pair HR chose to re-pair: end it, or, once ended, re-match the freed people. */
function RepairNotice({ pair, adjustable, onEnd }: { pair: Pair; adjustable: boolean; onEnd: () => void }) {
  const names = `${pair.mentor.name} and ${pair.mentee.name}`;
  if (pair.status === 'ended')
    return (
      <Alert color="teal" variant="light" mb="sm" title={`The pair of ${names} has ended`}>
        Both are free to be matched again. Re-match the freed people when you are ready; you review the
        proposal before anyone is told.
      </Alert>
    );
  return (
    <Alert color="orange" variant="light" mb="sm" title={`Re-pairing ${names}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          First end their pair, with a reason only HR sees. Then re-match the freed people.
        </Text>
        {adjustable ? (
          <Button size="xs" variant="default" color="red" onClick={onEnd}>
            End this pair…
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** The published pairs, with ending a pair, re-pair requests and re-matching the freed people. */
export function PairsPanel({ programId, adjustable, draftOpen, onRematch, focusPairId }: PairsPanelProps) {
  const pairs = usePairs(programId);
  const continuations = useProgramContinuations(programId);
  const closed = continuations.data?.open === true;
  const continuationOf = new Map(continuations.data?.items.map((i) => [i.pairId, i.status]) ?? []);
  const rematch = useStartRun(programId);
  const [ending, setEnding] = useState<Pair | null>(null);
  const focus = focusPairId ? pairs.data?.find((p) => p.id === focusPairId) : undefined;
  const focusRow = useRef<HTMLTableRowElement>(null);
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!focus || focused.current === focus.id) return;
    focused.current = focus.id;
    focusRow.current?.scrollIntoView?.({ block: 'center' });
    if (adjustable && focus.status !== 'ended') setEnding(focus);
  }, [focus, adjustable]);
  return (
    <Stack gap="lg">
      <section aria-labelledby="published-pairs-title">
        <Group justify="space-between" mb="xs">
          <Title order={2} fz="h3" id="published-pairs-title">
            Pairs
          </Title>
          {adjustable ? (
            <Button
              variant="default"
              loading={rematch.isPending}
              disabled={draftOpen}
              title={draftOpen ? 'A draft is open for review below' : undefined}
              onClick={() => rematch.mutate({}, { onSuccess: (run) => onRematch(run.id) })}
            >
              Re-match the freed people
            </Button>
          ) : null}
        </Group>
        {adjustable ? (
          <Text size="sm" c="dimmed" mb="sm">
            Re-matching pairs only the people without a partner (whose pair ended, and the wait-list); every
            other pair stays as it is. You review the proposal before anything is sent.
          </Text>
        ) : null}
        {closed && continuations.data ? <ContinuationSummary continuations={continuations.data} /> : null}
        {focus ? <RepairNotice pair={focus} adjustable={adjustable} onEnd={() => setEnding(focus)} /> : null}
        {rematch.isError ? <ErrorAlert error={rematch.error} /> : null}
        {pairs.isError ? <ErrorAlert error={pairs.error} /> : null}
        {!pairs.data && !pairs.isError ? <Skeleton height={120} aria-label="Loading the pairs" /> : null}
        {pairs.data?.length === 0 ? <Text size="sm">No pairs have been published yet.</Text> : null}
        {pairs.data && pairs.data.length > 0 ? (
          <Table.ScrollContainer minWidth={860}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Mentor</Table.Th>
                  <Table.Th>Mentee</Table.Th>
                  <Table.Th>Score</Table.Th>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    Workspace
                    <Text size="xs" c="dimmed" fw={400}>
                      meetings held/planned, goals completed/total
                    </Text>
                  </Table.Th>
                  {closed ? <Table.Th>After the program</Table.Th> : null}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pairs.data.map((pair) => (
                  <Table.Tr
                    key={pair.id}
                    data-testid={`pair-${pair.id}`}
                    {...(pair.id === focusPairId
                      ? { ref: focusRow, bg: 'var(--mantine-color-orange-light)', 'aria-current': true }
                      : {})}
                  >
                    <Table.Td>
                      {pair.mentor.name}
                      <Text size="xs" c="dimmed">
                        {pair.mentor.title}, {pair.mentor.department}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {pair.mentee.name}
                      <Text size="xs" c="dimmed">
                        {pair.mentee.title}, {pair.mentee.department}
                      </Text>
                    </Table.Td>
                    <Table.Td>{Math.round(pair.score)}</Table.Td>
                    <Table.Td>{formatDate(pair.startedAt)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {statusWords[pair.status]}
                        {pair.openRepairRequests ? (
                          <Badge color="orange" variant="light">
                            {pair.openRepairRequests} re-pair{' '}
                            {pair.openRepairRequests === 1 ? 'request' : 'requests'}
                          </Badge>
                        ) : null}
                      </Group>
                      {pair.status === 'ended' && pair.endReason ? (
                        <Text size="xs" c="dimmed">
                          Ended {formatDate(pair.endedAt)}: {pair.endReason}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <WorkspaceCounts workspace={pair.workspace} />
                    </Table.Td>
                    {closed ? (
                      <Table.Td>
                        <ContinuationBadge status={continuationOf.get(pair.id)} />
                      </Table.Td>
                    ) : null}
                    <Table.Td>
                      {adjustable && pair.status !== 'ended' ? (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          onClick={() => setEnding(pair)}
                          aria-label={`End the pair of ${pair.mentor.name} and ${pair.mentee.name}`}
                        >
                          End pair…
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </section>
      <RepairRequestsPanel programId={programId} />
      {ending ? <EndPairModal pair={ending} onClose={() => setEnding(null)} /> : null}
    </Stack>
  );
}
