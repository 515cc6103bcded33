import { Button, CloseButton, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../common/error-alert';
import { QuietEmpty } from '../../home/quiet-empty';
import { ENROLLMENT_STATUSES, type Program } from '../../programs/program-types';
import { statusLabels } from '../status-labels';
import { AlumniPanel } from './alumni-panel';
import { DecisionBar } from './decision-bar';
import { EnrollmentDrawer } from './enrollment-drawer';
import { EnrollmentSummaryPanel } from './enrollment-summary-panel';
import { EnrollmentsTable } from './enrollments-table';
import { InvitePeopleModal } from './invite-people-modal';
import { useEnrollments } from './use-enrollments';

/** HR's Participants tab: counts, the applications with filters, bulk decisions and invitations. */
export function ParticipantsTab({ program }: { program: Program }) {
  const [side, setSide] = useState('');
  const [status, setStatus] = useState('');
  const [typed, setTyped] = useState('');
  const [q] = useDebouncedValue(typed.trim(), 300);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const enrollments = useEnrollments(program.id, { side, status, q });
  const rows = enrollments.data;
  const visibleSelected = (rows ?? []).filter((r) => selected.has(r.id)).map((r) => r.id);
  const filtered = side !== '' || status !== '' || q !== '';
  const canInvite = program.phase === 'draft' || program.phase === 'recruiting';

  return (
    <Stack gap="lg">
      <EnrollmentSummaryPanel programId={program.id} />
      {canInvite ? <AlumniPanel program={program} /> : null}
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <Select
            label="Side"
            w={160}
            data={[
              { value: '', label: 'Both sides' },
              { value: 'mentor', label: 'Mentors' },
              { value: 'mentee', label: 'Mentees' },
            ]}
            value={side}
            allowDeselect={false}
            onChange={(v) => setSide(v ?? '')}
          />
          <Select
            label="Status"
            w={170}
            data={[
              { value: '', label: 'Any status' },
              ...ENROLLMENT_STATUSES.map((s) => ({ value: s, label: statusLabels[s] })),
            ]}
            value={status}
            allowDeselect={false}
            onChange={(v) => setStatus(v ?? '')}
          />
          <TextInput
            label="Search"
            placeholder="Name, title or department"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            rightSection={
              typed ? (
                <CloseButton aria-label="Clear the search" size="sm" onClick={() => setTyped('')} />
              ) : null
            }
            w={260}
          />
        </Group>
        {canInvite ? (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
            Invite people
          </Button>
        ) : null}
      </Group>
      <DecisionBar
        programId={program.id}
        selectedIds={visibleSelected}
        onDone={() => setSelected(new Set())}
      />
      {enrollments.isError ? <ErrorAlert error={enrollments.error} /> : null}
      {rows?.length === 0 ? (
        <QuietEmpty
          icon={<IconUsers aria-hidden />}
          title={filtered ? 'No one matches these filters' : 'No one has joined yet'}
          actions={
            !filtered && canInvite ? (
              <Button variant="light" onClick={() => setInviting(true)}>
                Invite people
              </Button>
            ) : null
          }
        >
          {filtered
            ? 'Try another side, status or search.'
            : 'Invited, nominated and volunteering people appear here with their application.'}
        </QuietEmpty>
      ) : enrollments.isError ? null : (
        <EnrollmentsTable rows={rows} selected={selected} onSelect={setSelected} onOpen={setOpen} />
      )}
      <EnrollmentDrawer program={program} enrollmentId={open} onClose={() => setOpen(null)} />
      {inviting ? <InvitePeopleModal program={program} onClose={() => setInviting(false)} /> : null}
    </Stack>
  );
}
