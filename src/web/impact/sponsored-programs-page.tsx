import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import { PhaseBadge } from '../programs/phase-badge';
import { useSponsoredPrograms } from './impact-api';
import type { SponsoredProgram } from './impact-types';

export const sponsoredProgramPath = (id: string) => `/sponsor/programs/${encodeURIComponent(id)}`;

function ProgramCard({ program }: { program: SponsoredProgram }) {
  const titleId = `sponsored-${program.id}-title`;
  return (
    <Paper withBorder p="md" radius="md" component="li" aria-labelledby={titleId}>
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Anchor component={Link} to={sponsoredProgramPath(program.id)} fw={600} id={titleId}>
              {program.name}
            </Anchor>
            <PhaseBadge phase={program.phase} />
          </Group>
          <Text size="sm" c="dimmed">
            {formatDate(program.startDate)} – {formatDate(program.endDate)}
          </Text>
        </Stack>
        <Button component={Link} to={sponsoredProgramPath(program.id)} variant="default">
          See the impact
        </Button>
      </Group>
    </Paper>
  );
}

/** A sponsor's programs (`/sponsor`), each opening its impact in aggregate. */
export function SponsoredProgramsPage() {
  const programs = useSponsoredPrograms();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Programs I sponsor"
        description="How the programs you sponsor are going. Every figure is an aggregate: no names and no one's own words. Figures about a group smaller than your organisation's minimum group size are hidden, so nobody can be recognised."
      />
      {programs.isError ? <ErrorAlert error={programs.error} /> : null}
      {programs.isPending ? <Skeleton height={160} aria-label="Loading the programs you sponsor" /> : null}
      {programs.data?.length === 0 ? (
        <QuietEmpty icon={<IconChartBar aria-hidden />} title="You don't sponsor a program yet">
          When HR names you as the sponsor of a program, it appears here with its progress.
        </QuietEmpty>
      ) : null}
      {programs.data?.length ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Programs I sponsor"
        >
          {programs.data.map((program) => (
            <ProgramCard key={program.id} program={program} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
