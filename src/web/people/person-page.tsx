import { Anchor, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { useSession } from '../api/session-context';
import type { Person } from '../api/types';
import { adminRoles, hasAnyRole } from '../auth/roles';
import { ErrorAlert } from '../common/error-alert';
import { FullPageLoader } from '../common/full-page-loader';
import { formatDate } from '../common/format';
import { usePageTitle } from '../common/use-page-title';
import { EmploymentStatusBadge } from './employment-status';
import { ErasedNotice, ErasePersonSection, isErased } from './erase-person-section';
import { usePerson } from './use-people';

function BackToPeople() {
  return (
    <Anchor component={Link} to="/people" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All people
      </Group>
    </Anchor>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function PersonDetails({ person }: { person: Person }) {
  return (
    <DataList labelWidth={140} withDivider>
      <Detail label="Email">
        <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor>
      </Detail>
      <Detail label="Title">{person.title}</Detail>
      <Detail label="Level">{person.level ?? '—'}</Detail>
      <Detail label="Department">{person.department}</Detail>
      <Detail label="Manager">
        {person.managerId && person.managerName ? (
          <Anchor component={Link} to={`/people/${person.managerId}`}>
            {person.managerName}
          </Anchor>
        ) : (
          'No manager recorded'
        )}
      </Detail>
      <Detail label="Location">{person.location}</Detail>
      <Detail label="Time zone">{person.timeZone}</Detail>
      <Detail label="Hire date">{formatDate(person.hireDate)}</Detail>
      <Detail label="Status">
        <EmploymentStatusBadge status={person.employmentStatus} />
      </Detail>
      {person.endDate ? <Detail label="End date">{formatDate(person.endDate)}</Detail> : null}
    </DataList>
  );
}

export function PersonPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  const me = useSession();
  usePageTitle(person.data?.name ?? 'Person');

  if (person.isPending) return <FullPageLoader />;
  if (person.isError) {
    const missing = isApiError(person.error, 'not_found');
    return (
      <Stack gap="md" align="flex-start">
        <BackToPeople />
        <Title order={1}>{missing ? 'Person not found' : 'Person'}</Title>
        {missing ? (
          <Text c="dimmed">This person is not in the directory. They may have been removed.</Text>
        ) : (
          <ErrorAlert error={person.error} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <BackToPeople />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{person.data.name}</Title>
          <Text c="dimmed">
            {person.data.title} · {person.data.department}
          </Text>
        </Stack>
        <Button
          component={Link}
          to={`/people/${person.data.id}/edit`}
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          Edit
        </Button>
      </Group>
      <Paper withBorder p="lg" maw={720}>
        <PersonDetails person={person.data} />
      </Paper>
      {isErased(person.data) ? (
        <ErasedNotice />
      ) : hasAnyRole(me, adminRoles) && me.person?.id !== person.data.id ? (
        <ErasePersonSection person={person.data} />
      ) : null}
    </Stack>
  );
}
