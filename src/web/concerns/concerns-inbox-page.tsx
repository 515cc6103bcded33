import { SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import { type InboxFilter, useInbox } from './concerns-api';
import { InboxConcernCard } from './inbox-concern-card';

const filters: { value: InboxFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

const emptyTitles: Record<InboxFilter, string> = {
  open: 'No open concerns',
  resolved: 'No resolved concerns',
  all: 'No concerns yet',
};

/** HR's inbox of confidential concerns raised by participants: newest first, open ones by default. */
export function ConcernsInboxPage() {
  const [filter, setFilter] = useState<InboxFilter>('open');
  const concerns = useInbox(filter);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Concerns"
        description="Raised in confidence by people in a pair. Only program managers see them; the partner is never told. You get an email when one is raised; it names the program, never the words."
      />
      <SegmentedControl
        aria-label="Show concerns"
        w="fit-content"
        data={filters}
        value={filter}
        onChange={(value) => setFilter(value as InboxFilter)}
      />
      {concerns.isError ? <ErrorAlert error={concerns.error} /> : null}
      {concerns.isPending ? <Skeleton height={160} aria-label="Loading the concerns" /> : null}
      {concerns.data?.length === 0 ? (
        <QuietEmpty icon={<IconMessageReport aria-hidden />} title={emptyTitles[filter]}>
          {filter === 'resolved'
            ? 'Concerns you mark resolved are kept here.'
            : 'When a participant raises a concern from their pair’s workspace, it appears here and you get an email.'}
        </QuietEmpty>
      ) : null}
      {concerns.data?.map((concern) => (
        <InboxConcernCard key={concern.id} concern={concern} />
      ))}
    </Stack>
  );
}
