import { Alert, Anchor, Badge, Button, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { firstName, formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { usePageTitle } from '../common/use-page-title';
import { AgreementEditor } from './agreement-editor';
import { AgreementSummary } from './agreement-summary';
import { ContinuationCard } from './continuation-card';
import { GoalsPanel } from './goals-panel';
import { MeetingsPanel } from './meetings-panel';
import { RaiseConcernButton } from './raise-concern-button';
import { ResourcesPanel } from './resources-panel';
import { useWorkspace } from './use-workspace';
import type { Workspace } from './workspace-types';

const tabs = ['agreement', 'meetings', 'goals', 'resources'] as const;
type WorkspaceTab = (typeof tabs)[number];

function PairNotFound() {
  usePageTitle('Pair not found');
  return (
    <Stack align="flex-start" gap="md" py="xl">
      <Title order={1}>This pair was not found</Title>
      <Text c="dimmed">
        It may have ended before you could open it, or the link belongs to someone else’s pair. Your own
        matches are on your home page.
      </Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  );
}

function HeaderDetails({ workspace }: { workspace: Workspace }) {
  const { partner, program, pair, counts } = workspace;
  const agreed = workspace.agreement.status === 'agreed';
  return (
    <Stack gap={2} component="span">
      <span>
        {partner.title}, {partner.department}
        {partner.location ? ` · ${partner.location}` : ''}
      </span>
      <span>
        {program.name} · you are the {pair.role === 'mentor' ? 'mentor' : 'mentee'} · together since{' '}
        {formatDate(pair.startedAt)}
        {agreed ? ` · ${counts.held} of ${counts.planned} meetings held so far` : ''}
      </span>
    </Stack>
  );
}

function ConcernCorner({ pairId, partnerName }: { pairId: string; partnerName: string }) {
  return (
    <Stack gap={4} align="flex-end" maw={260}>
      <RaiseConcernButton pairId={pairId} partnerName={partnerName} />
      <Text size="xs" c="dimmed" ta="right">
        Something not right? Tell HR in confidence; {firstName(partnerName)} is not told.{' '}
        <Anchor component={Link} to="/my/concerns" size="xs">
          Your concerns
        </Anchor>
      </Text>
    </Stack>
  );
}

/** The pair workspace: the kickoff agreement, the meetings, goals and the program's resources. */
export function WorkspacePage() {
  const { pairId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const workspace = useWorkspace(pairId);

  if (workspace.isError) {
    if (isApiError(workspace.error, 'not_found')) return <PairNotFound />;
    return (
      <Stack gap="lg">
        <PageHeader title="Your mentoring" />
        <ErrorAlert error={workspace.error} />
      </Stack>
    );
  }
  if (!workspace.data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading your mentoring workspace">
        <PageHeader title="Your mentoring" />
        <Skeleton height={40} width="60%" />
        <Skeleton height={260} />
      </Stack>
    );
  }
  const w = workspace.data;
  const readOnly = w.pair.status === 'ended';
  const closed = w.program.phase === 'closed';
  const agreed = w.agreement.status === 'agreed';
  const asked = params.get('tab');
  const tab: WorkspaceTab = tabs.includes(asked as WorkspaceTab)
    ? (asked as WorkspaceTab)
    : agreed || readOnly
      ? 'meetings'
      : 'agreement';
  const selectTab = (value: string | null) => {
    if (!value) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('tab', value);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Your mentoring with ${w.partner.name}`}
        description={<HeaderDetails workspace={w} />}
        actions={readOnly ? null : <ConcernCorner pairId={w.pair.id} partnerName={w.partner.name} />}
      />
      {closed ? (
        <Alert
          role="status"
          variant="light"
          color="teal"
          icon={<IconInfoCircle aria-hidden />}
          title={`${w.program.name} has closed`}
        >
          Thank you for taking part. You can read everything here, but nothing can change any more. Your
          certificate, if you completed the program, is in{' '}
          <Anchor component={Link} to="/my/programs">
            My programs
          </Anchor>
          .
        </Alert>
      ) : readOnly ? (
        <Alert
          role="status"
          variant="light"
          color="gray"
          icon={<IconInfoCircle aria-hidden />}
          title="This pair has ended"
        >
          You can read everything here, but nothing can change any more.
        </Alert>
      ) : null}
      {closed ? <ContinuationCard pairId={w.pair.id} partnerName={w.partner.name} /> : null}
      {w.pair.status === 'paused' ? (
        <Alert
          role="status"
          variant="light"
          color="yellow"
          icon={<IconInfoCircle aria-hidden />}
          title="This pair is paused"
        >
          HR paused this pair for now. Your notes and goals stay here.
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agreement">
            <Group gap={6} wrap="nowrap" component="span">
              Agreement
              {agreed || readOnly ? null : (
                <Badge size="xs" variant="light" color="orange">
                  {w.agreement.status === 'waiting_for_partner' ? 'waiting' : 'to do'}
                </Badge>
              )}
            </Group>
          </Tabs.Tab>
          <Tabs.Tab value="meetings">Meetings</Tabs.Tab>
          <Tabs.Tab value="goals">Goals</Tabs.Tab>
          <Tabs.Tab value="resources">Resources</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agreement" pt="lg">
          {agreed || readOnly ? (
            <AgreementSummary pairId={pairId} workspace={w} readOnly={readOnly} />
          ) : (
            <AgreementEditor pairId={pairId} workspace={w} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="lg">
          <MeetingsPanel pairId={pairId} workspace={w} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="goals" pt="lg">
          <GoalsPanel pairId={pairId} role={w.pair.role} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="resources" pt="lg">
          <ResourcesPanel resources={w.program.resources} topicPlan={w.program.topicPlan} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
