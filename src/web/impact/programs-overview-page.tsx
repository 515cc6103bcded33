import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconChartLine, IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { useSession } from '../api/session-context';
import { hasAnyRole } from '../auth/roles';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import { programManagerRoles } from '../programs/program-roles';
import { type OverviewProgram, useProgramsOverview } from './programs-overview-api';
import { ProgramsOverviewTable } from './programs-overview-table';

function DraftsNote({ drafts }: { drafts: OverviewProgram[] }) {
  if (drafts.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="overview-drafts">
      {drafts.length === 1 ? 'One draft is not included' : `${drafts.length} drafts are not included`}, as a
      draft has nothing to measure yet:{' '}
      {drafts.map((draft, i) => (
        <Fragment key={draft.id}>
          {i > 0 ? ', ' : null}
          <Anchor component={Link} to={`/programs/${encodeURIComponent(draft.id)}`} size="sm">
            {draft.name}
          </Anchor>
        </Fragment>
      ))}
      .
    </Text>
  );
}

/** HR's dashboard across programs (`/impact`): one row per program, totals, small groups hidden. */
export function ProgramsOverviewPage() {
  const me = useSession();
  const overview = useProgramsOverview();
  const data = overview.data;
  const min = data?.minGroupSize ?? 5;
  const createButton = hasAnyRole(me, programManagerRoles) ? (
    <Button component={Link} to="/programs/new" leftSection={<IconPlus size={16} aria-hidden />}>
      Create a program
    </Button>
  ) : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Impact across programs"
        description={
          data
            ? `How each program is doing, side by side. Open a program for its full impact. Figures about fewer than ${min} people are hidden so nobody can be recognised, and a total is hidden when it would give a hidden figure away. Totals add the programs up: someone who took part in two counts in both.`
            : 'How each program is doing, side by side. Open a program for its full impact.'
        }
      />
      {overview.isError ? <ErrorAlert error={overview.error} /> : null}
      {data && data.programs.length === 0 ? (
        <QuietEmpty
          icon={<IconChartLine aria-hidden />}
          title={data.drafts.length === 0 ? 'No programs yet' : 'Nothing to measure yet'}
          actions={data.drafts.length === 0 ? createButton : null}
        >
          {data.drafts.length === 0
            ? 'Once a program is under way, its participation, meetings and objectives appear here next to your other programs.'
            : 'Your programs are still drafts. Each appears here once it starts recruiting.'}
        </QuietEmpty>
      ) : overview.isError ? null : (
        <ProgramsOverviewTable overview={data} />
      )}
      {data ? <DraftsNote drafts={data.drafts} /> : null}
    </Stack>
  );
}
