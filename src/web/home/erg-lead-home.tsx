import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { useNominations } from '../enrollment/nominations/use-nominations';
import { StatusBadge } from '../enrollment/status-badge';
import { HomeSection } from './home-section';
import { QuietEmpty } from './quiet-empty';

export function ErgLeadHome() {
  const nominations = useNominations();
  return (
    <HomeSection forRole="erg_lead" title="Your nominations">
      {nominations.isError ? <ErrorAlert error={nominations.error} /> : null}
      {nominations.isPending ? <Skeleton height={60} aria-label="Loading your nominations" /> : null}
      {nominations.data?.length === 0 ? (
        <QuietEmpty
          icon={<IconUserPlus aria-hidden />}
          title="Juniors you nominate will appear here with their status"
        >
          When a program opens for nominations, you can put forward junior colleagues from your group on the{' '}
          <Anchor component={Link} to="/nominations">
            Nominations
          </Anchor>{' '}
          page. Each nomination shows here with its status.
        </QuietEmpty>
      ) : null}
      {nominations.data && nominations.data.length > 0 ? (
        <Stack gap="xs">
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your nominees">
            {nominations.data.slice(0, 5).map((n) => (
              <Group key={`${n.program.id}-${n.person.id}`} component="li" gap="sm">
                <Text fw={500}>{n.person.name}</Text>
                <Text size="sm" c="dimmed">
                  {n.program.name}
                </Text>
                <StatusBadge status={n.status} />
              </Group>
            ))}
          </Stack>
          <Anchor component={Link} to="/nominations" size="sm">
            All your nominations
          </Anchor>
        </Stack>
      ) : null}
    </HomeSection>
  );
}
