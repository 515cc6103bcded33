import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { request } from '../api/client';
import type { Person } from '../api/types';
import { ErrorAlert } from '../common/error-alert';
import { FullPageLoader } from '../common/full-page-loader';
import { PageHeader } from '../common/page-header';
import { PersonForm, type PersonValues, toPayload } from './person-form';
import { usePerson } from './use-people';

function useSavePerson(id: string | null) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (values: PersonValues) =>
      id
        ? request<Person>('PATCH', `/people/${encodeURIComponent(id)}`, toPayload(values))
        : request<Person>('POST', '/people', toPayload(values)),
    onSuccess: (person) => {
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      notifications.show({
        title: id ? 'Saved' : 'Person added',
        message: `${person.name} is up to date in the directory.`,
      });
      void navigate(`/people/${person.id}`);
    },
  });
}

export function NewPersonPage() {
  const save = useSavePerson(null);
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Add a person"
        description="Someone who is not in the directory yet. To add many at once, import a CSV file."
      />
      <PersonForm
        saving={save.isPending}
        error={save.error}
        submitLabel="Add person"
        onSubmit={save.mutateAsync}
        onCancel={() => void navigate('/people')}
      />
    </Stack>
  );
}

export function EditPersonPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  const save = useSavePerson(id);
  const navigate = useNavigate();
  if (person.isPending) return <FullPageLoader />;
  if (person.isError) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeader title="Edit person" />
        <ErrorAlert error={person.error} />
        <Anchor component={Link} to="/people">
          All people
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader title={`Edit ${person.data.name}`} />
      <Text c="dimmed" size="sm">
        A later CSV import with this person's email updates the same record.
      </Text>
      <PersonForm
        person={person.data}
        saving={save.isPending}
        error={save.error}
        submitLabel="Save"
        onSubmit={save.mutateAsync}
        onCancel={() => void navigate(`/people/${id}`)}
      />
    </Stack>
  );
}
