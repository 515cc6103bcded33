import { Button, Stack } from '@mantine/core';
import { IconPlus, IconSeeding } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../api/session-context';
import { hasAnyRole } from '../auth/roles';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import { ProgramsTable } from './programs-table';
import { programManagerRoles } from './program-roles';
import { usePrograms } from './use-programs';

export function ProgramsPage() {
  const me = useSession();
  const canManage = hasAnyRole(me, programManagerRoles);
  const programs = usePrograms();
  const newButton = (label: string) =>
    canManage ? (
      <Button component={Link} to="/programs/new" leftSection={<IconPlus size={16} aria-hidden />}>
        {label}
      </Button>
    ) : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Programs"
        description="Each program is one cohort: who takes part, when they meet and what they aim for."
        actions={newButton('New program')}
      />
      {programs.isError ? <ErrorAlert error={programs.error} /> : null}
      {programs.data?.length === 0 ? (
        <QuietEmpty
          icon={<IconSeeding aria-hidden />}
          title="No programs yet"
          actions={newButton('Create a program')}
        >
          A program is one cohort of reverse mentoring: junior employees mentor senior leaders for a few
          months, with a purpose, measurable goals, regular meetings and check-ins.
        </QuietEmpty>
      ) : programs.isError ? null : (
        <ProgramsTable programs={programs.data} />
      )}
    </Stack>
  );
}
