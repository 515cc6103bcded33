import { Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../api/session-context';
import { hasAnyRole } from '../auth/roles';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { IntakeFormTab } from '../enrollment/intake-builder/intake-form-tab';
import { ParticipantsTab } from '../enrollment/participants/participants-tab';
import { CheckInsTab } from '../check-ins/check-ins-tab';
import { ImpactTab } from '../impact/impact-tab';
import { MidpointReviewTab } from '../midpoint/midpoint-review-tab';
import { MatchingTab, matchingPhases } from '../pairing/matching-tab';
import { CloneProgramModal } from './clone-program-modal';
import { DeleteProgramModal } from './delete-program-modal';
import { PhaseBadge } from './phase-badge';
import { typeLabels } from './program-labels';
import { ProgramOverview } from './program-overview';
import { programManagerRoles } from './program-roles';
import type { Program } from './program-types';
import { useProgram } from './use-programs';

export type ProgramTab =
  | 'overview'
  | 'participants'
  | 'intake-form'
  | 'matching'
  | 'check-ins'
  | 'midpoint-review'
  | 'impact';

/** Check-ins and the midpoint review matter once pairs exist. */
const runningPhases: readonly Program['phase'][] = ['active', 'midpoint', 'closing', 'closed'];

function ManageActions({ program }: { program: Program }) {
  const [open, setOpen] = useState<'clone' | 'delete' | null>(null);
  return (
    <Group gap="sm">
      {program.phase !== 'closed' ? (
        <Button
          component={Link}
          to={`/programs/${program.id}/edit`}
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          Edit
        </Button>
      ) : null}
      <Button
        variant="default"
        leftSection={<IconCopy size={16} aria-hidden />}
        onClick={() => setOpen('clone')}
      >
        Clone into next cohort
      </Button>
      {program.phase === 'draft' ? (
        <Button
          variant="default"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setOpen('delete')}
        >
          Delete
        </Button>
      ) : null}
      {open === 'clone' ? <CloneProgramModal program={program} onClose={() => setOpen(null)} /> : null}
      {open === 'delete' ? <DeleteProgramModal program={program} onClose={() => setOpen(null)} /> : null}
    </Group>
  );
}

/**
 * One program, with its tabs (each its own address): Overview · Participants · Intake form · Matching ·
 * Check-ins · Midpoint review · Impact.
 */
export function ProgramPage({ tab }: { tab: ProgramTab }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useSession();
  const canManage = hasAnyRole(me, programManagerRoles);
  const program = useProgram(id);

  if (program.isError) {
    return (
      <Stack gap="lg">
        <PageHeader title="Program" />
        <ErrorAlert error={program.error} />
      </Stack>
    );
  }
  if (!program.data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the program">
        <PageHeader title="Program" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  const p = program.data;
  const base = `/programs/${p.id}`;
  const panels: Record<ProgramTab, ReactNode> = {
    overview: <ProgramOverview program={p} canManage={canManage} />,
    participants: canManage ? (
      <ParticipantsTab program={p} />
    ) : (
      <Text>Only program managers see who applied.</Text>
    ),
    'intake-form': <IntakeFormTab program={p} canManage={canManage} />,
    matching: canManage ? <MatchingTab program={p} /> : <Text>Only program managers run matching.</Text>,
    'check-ins': canManage ? <CheckInsTab program={p} /> : <Text>Only program managers see check-ins.</Text>,
    'midpoint-review': canManage ? (
      <MidpointReviewTab program={p} />
    ) : (
      <Text>Only program managers run the midpoint review.</Text>
    ),
    impact: <ImpactTab program={p} />,
  };
  const showRunning = canManage && runningPhases.includes(p.phase);
  const showMatching = canManage && matchingPhases.includes(p.phase);
  const paths: Record<ProgramTab, string> = {
    overview: base,
    participants: `${base}/participants`,
    'intake-form': `${base}/intake-form`,
    matching: `${base}/matching`,
    'check-ins': `${base}/check-ins`,
    'midpoint-review': `${base}/midpoint-review`,
    impact: `${base}/impact`,
  };
  return (
    <Stack gap="lg">
      <PageHeader
        title={p.name}
        description={
          <Group gap="xs" component="span">
            <PhaseBadge phase={p.phase} />
            <span>{typeLabels[p.type]}</span>
          </Group>
        }
        actions={canManage ? <ManageActions program={p} /> : null}
      />
      <Tabs value={tab} onChange={(value) => value && void navigate(paths[value as ProgramTab])}>
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          {canManage ? <Tabs.Tab value="participants">Participants</Tabs.Tab> : null}
          <Tabs.Tab value="intake-form">Intake form</Tabs.Tab>
          {showMatching || tab === 'matching' ? <Tabs.Tab value="matching">Matching</Tabs.Tab> : null}
          {showRunning || tab === 'check-ins' ? <Tabs.Tab value="check-ins">Check-ins</Tabs.Tab> : null}
          {showRunning || tab === 'midpoint-review' ? (
            <Tabs.Tab value="midpoint-review">Midpoint review</Tabs.Tab>
          ) : null}
          {runningPhases.includes(p.phase) || tab === 'impact' ? (
            <Tabs.Tab value="impact">Impact</Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value={tab} pt="lg">
          {panels[tab]}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
