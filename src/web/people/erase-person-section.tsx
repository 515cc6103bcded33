import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { Person } from '../api/types';
import { ErrorAlert } from '../common/error-alert';

/** The placeholder address an erased person keeps (issue 9): never a real mailbox. */
export function isErased(person: Pick<Person, 'email'>): boolean {
  return person.email.endsWith('@erased.invalid');
}

/** Issue 9: an org admin erases a person, after typing their email to confirm. */
export function ErasePersonSection({ person }: { person: Person }) {
  const [opened, setOpened] = useState(false);
  const [confirm, setConfirm] = useState('');
  const queryClient = useQueryClient();
  const erase = useMutation({
    mutationFn: () => api.post<{ id: string }>(`/people/${encodeURIComponent(person.id)}/erase`, { confirm }),
    onSuccess: async () => {
      setOpened(false);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
  const close = () => {
    setOpened(false);
    setConfirm('');
    erase.reset();
  };
  const matches = confirm.trim().toLowerCase() === person.email.toLowerCase();
  const fieldError = erase.error instanceof ApiError ? erase.error.fieldErrors.confirm : undefined;

  return (
    <Paper withBorder p="lg" maw={720} style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4">
          Erase this person
        </Title>
        <Text size="sm" c="dimmed">
          For a request to be forgotten. Their name, contact details and private words are removed for good;
          program figures stay as they are.
        </Text>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setOpened(true)}
        >
          Erase this person
        </Button>
      </Stack>
      <Modal opened={opened} onClose={close} title={`Erase ${person.name}?`} size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) erase.mutate();
          }}
        >
          <Stack gap="md">
            <Text size="sm">This cannot be undone.</Text>
            <div>
              <Text size="sm" fw={600}>
                Removed
              </Text>
              <List size="sm">
                <List.Item>Name, email, title, location and manager</List.Item>
                <List.Item>Their sign-in, sessions and emails waiting to be sent to them</List.Item>
                <List.Item>Private notes, meeting notes, goals and agreements of their pairs</List.Item>
                <List.Item>Application answers, sensitive answers and nomination notes</List.Item>
                <List.Item>Concerns they raised and written check-in answers</List.Item>
              </List>
            </div>
            <div>
              <Text size="sm" fw={600}>
                Kept, without their name
              </Text>
              <List size="sm">
                <List.Item>Level, department, dates and employment status, for retention figures</List.Item>
                <List.Item>
                  Counts: enrollments, pairs, meetings held, goals' progress, scale answers
                </List.Item>
                <List.Item>The audit log, which records the erasure without personal details</List.Item>
              </List>
            </div>
            <TextInput
              label={`Type ${person.email} to confirm`}
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              error={fieldError}
              autoComplete="off"
              data-autofocus
            />
            {erase.error && !fieldError ? <ErrorAlert error={erase.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="red" disabled={!matches} loading={erase.isPending}>
                Erase for good
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}

/** Shown instead of the danger zone once a person is erased. */
export function ErasedNotice() {
  return (
    <Alert color="gray" title="This person was erased" maw={720}>
      Their personal details and private content were removed. Program figures still count them.
    </Alert>
  );
}
