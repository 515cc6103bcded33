import { Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlus, IconSeeding } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { PhaseBadge } from '../programs/phase-badge';
import { usePrograms } from '../programs/use-programs';
import { HomeSection } from './home-section';
import { QuietEmpty } from './quiet-empty';

const shown = 5;

function NewProgramButton({ label }: { label: string }) {
  return (
    <Button
      component={Link}
      to="/programs/new"
      variant="light"
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {label}
    </Button>
  );
}

export function ProgramManagerHome() {
  const programs = usePrograms();
  return (
    <HomeSection forRole="program_manager" title="Programs">
      {programs.isError ? <ErrorAlert error={programs.error} /> : null}
      {programs.isPending ? <Skeleton height={80} aria-label="Loading programs" /> : null}
      {programs.data?.length === 0 ? (
        <QuietEmpty
          icon={<IconSeeding aria-hidden />}
          title="No programs yet"
          actions={<NewProgramButton label="Create a program" />}
        >
          A program is one cohort of reverse mentoring: junior employees mentor senior leaders for a few
          months, with a purpose, measurable goals, regular meetings and check-ins. Everything starts filled
          in with sensible defaults.
        </QuietEmpty>
      ) : null}
      {programs.data && programs.data.length > 0 ? (
        <Stack gap="sm">
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your programs">
            {programs.data.slice(0, shown).map((program) => (
              <Group key={program.id} component="li" gap="sm" justify="space-between" wrap="wrap">
                <Group gap="sm">
                  <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
                    {program.name}
                  </Anchor>
                  <PhaseBadge phase={program.phase} />
                </Group>
                <Text size="sm" c="dimmed">
                  {formatDate(program.startDate)} – {formatDate(program.endDate)} ·{' '}
                  {program.pendingApplications} waiting for a decision
                </Text>
              </Group>
            ))}
          </Stack>
          <Group gap="sm">
            <Anchor component={Link} to="/programs" size="sm">
              {programs.data.length > shown ? `All ${programs.data.length} programs` : 'All programs'}
            </Anchor>
          </Group>
          <Group>
            <NewProgramButton label="New program" />
          </Group>
        </Stack>
      ) : null}
    </HomeSection>
  );
}
