import { Alert, Button, Stack } from '@mantine/core';
import { IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../common/error-alert';
import { PageHeader } from '../../common/page-header';
import { QuietEmpty } from '../../home/quiet-empty';
import { NominateModal } from './nominate-modal';
import { NomineeImpact } from './nominee-impact';
import { NomineesTable } from './nominees-table';
import { useNominationPrograms, useNominations } from './use-nominations';

/** The ERG lead's page: nominate juniors, and follow the status of their own nominees. */
export function NominationsPage() {
  const nominations = useNominations();
  const programs = useNominationPrograms();
  const [open, setOpen] = useState(false);
  const openPrograms = programs.data ?? [];
  const canNominate = openPrograms.length > 0;
  const button = (label: string) =>
    canNominate ? (
      <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {label}
      </Button>
    ) : null;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Nominations"
        description="Put forward junior colleagues from your group. You see the status of your own nominees only."
        actions={button('Nominate a junior')}
      />
      {programs.isError ? <ErrorAlert error={programs.error} /> : null}
      {programs.data && !canNominate ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          No program is taking nominations right now. HR opens nominations when a program starts recruiting.
        </Alert>
      ) : null}
      {nominations.isError ? <ErrorAlert error={nominations.error} /> : null}
      {nominations.data?.length === 0 ? (
        <QuietEmpty
          icon={<IconUserPlus aria-hidden />}
          title="Juniors you nominate will appear here with their status"
          actions={button('Nominate a junior')}
        >
          Each nomination shows whether the person applied, was approved or is waiting.
        </QuietEmpty>
      ) : nominations.isError ? null : (
        <NomineesTable nominations={nominations.data} />
      )}
      {nominations.data?.length ? <NomineeImpact /> : null}
      {open ? <NominateModal programs={openPrograms} onClose={() => setOpen(false)} /> : null}
    </Stack>
  );
}
