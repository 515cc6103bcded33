import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { formatDateTime } from '../common/format';
import { ChangesList } from './changes-list';
import { PairRow } from './pair-row';
import type { MatchRun, ProposedPair } from './pairing-types';
import { PublishModal } from './publish-modal';
import { QualityFigures } from './quality-figures';
import { UnmatchedList } from './unmatched-list';

type Sort = 'score-desc' | 'score-asc' | 'mentor' | 'mentee';

const sorts: { value: Sort; label: string }[] = [
  { value: 'score-desc', label: 'Highest score first' },
  { value: 'score-asc', label: 'Lowest score first' },
  { value: 'mentor', label: 'Mentor name' },
  { value: 'mentee', label: 'Mentee name' },
];

const compare: Record<Sort, (a: ProposedPair, b: ProposedPair) => number> = {
  'score-desc': (a, b) => b.score - a.score,
  'score-asc': (a, b) => a.score - b.score,
  mentor: (a, b) => a.mentor.name.localeCompare(b.mentor.name),
  mentee: (a, b) => a.mentee.name.localeCompare(b.mentee.name),
};

function matches(pair: ProposedPair, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [pair.mentor, pair.mentee].some((p) => `${p.name} ${p.department}`.toLowerCase().includes(q));
}

interface ReviewBoardProps {
  run: MatchRun;
  onRerun?: () => void;
  onPublished?: () => void;
}

/** A run as HR reviews it: its quality, every pair and why, the unmatched, and the changes made. */
export function ReviewBoard({ run, onRerun, onPublished }: ReviewBoardProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('score-desc');
  const [publishing, setPublishing] = useState(false);
  const editable = run.status === 'draft';
  const shown = useMemo(
    () => run.pairs.filter((p) => matches(p, query)).sort(compare[sort]),
    [run.pairs, query, sort],
  );
  const kind = run.kind === 'rematch' ? 'Re-match' : 'Matching run';
  return (
    <Stack gap="lg" data-testid="review-board">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz="h3">
            {editable ? `${kind}: draft for review` : `${kind}: ${run.status}`}
          </Title>
          <Text size="sm" c="dimmed">
            Run {formatDateTime(run.createdAt)}
            {run.createdBy ? ` by ${run.createdBy}` : ''}.{' '}
            {editable ? 'Nobody has been told anything yet.' : ''}
          </Text>
        </div>
        {editable ? (
          <Group gap="sm">
            {onRerun ? (
              <Button variant="default" onClick={onRerun}>
                Re-run with other settings
              </Button>
            ) : null}
            <Button onClick={() => setPublishing(true)} disabled={run.pairs.length === 0}>
              Publish…
            </Button>
          </Group>
        ) : null}
      </Group>
      <QualityFigures quality={run.quality} />
      {run.dataProblems.length > 0 ? (
        <Alert color="yellow" title="Some answers could not be used">
          {run.dataProblems.map((p) => (
            <Text size="sm" key={p.message}>
              {p.message}
            </Text>
          ))}
        </Alert>
      ) : null}
      <section aria-labelledby="pairs-title">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={3} fz="h4" id="pairs-title">
              Proposed pairs ({run.pairs.length})
            </Title>
            <Group gap="sm">
              <TextInput
                aria-label="Search by name or department"
                placeholder="Search by name or department"
                leftSection={<IconSearch size={14} aria-hidden />}
                value={query}
                w={280}
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
              <Select
                aria-label="Sort pairs"
                data={sorts}
                value={sort}
                allowDeselect={false}
                onChange={(value) => value && setSort(value as Sort)}
                w={200}
              />
            </Group>
          </Group>
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              {run.pairs.length === 0 ? 'This run proposes no pairs.' : 'No pair matches this search.'}
            </Text>
          ) : (
            shown.map((pair) => (
              <PairRow
                key={`${pair.mentor.id}-${pair.mentee.id}`}
                runId={run.id}
                pair={pair}
                others={run.pairs.filter((p) => p !== pair)}
                editable={editable}
              />
            ))
          )}
        </Stack>
      </section>
      <UnmatchedList run={run} editable={editable} />
      <ChangesList changes={run.changes} />
      {publishing ? (
        <PublishModal run={run} onClose={() => setPublishing(false)} onPublished={onPublished} />
      ) : null}
    </Stack>
  );
}
