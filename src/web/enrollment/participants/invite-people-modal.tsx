import { Alert, Button, Group, List, Modal, MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorAlert } from '../../common/error-alert';
import { sideLabel } from '../../programs/program-labels';
import type { Program, Side } from '../../programs/program-types';
import { programQueryKey } from '../../programs/use-programs';
import { type PersonOption, personLabel, usePersonSearch } from '../../programs/use-person-search';
import type { InvitationResult } from '../enrollment-types';
import { enrollmentsKey } from './use-enrollments';

/** Invite several people to one side; afterwards, who was invited and who was skipped, and why. */
export function InvitePeopleModal({ program, onClose }: { program: Program; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState<PersonOption[]>([]);
  const [side, setSide] = useState<Side>('mentor');
  const [pickError, setPickError] = useState<string | null>(null);
  const results = usePersonSearch(typed);
  const options = [...picked, ...(results.data ?? []).filter((p) => !picked.some((q) => q.id === p.id))];

  const invite = useMutation({
    mutationFn: () =>
      api.post<InvitationResult>(`/programs/${encodeURIComponent(program.id)}/invitations`, {
        personIds: picked.map((p) => p.id),
        side,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: enrollmentsKey(program.id) });
      void queryClient.invalidateQueries({ queryKey: programQueryKey(program.id) });
    },
  });
  const nameOf = (id: string) => picked.find((p) => p.id === id)?.name ?? 'Someone';

  if (invite.data) {
    const { invited, skipped } = invite.data;
    return (
      <Modal opened onClose={onClose} title="Invitations sent">
        <Stack gap="md">
          <Text>
            {invited === 0
              ? 'No one was invited.'
              : `${invited} ${invited === 1 ? 'person was' : 'people were'} invited`}
            {invited > 0 ? ' and emailed a link to the application form.' : ''}
          </Text>
          {skipped.length > 0 ? (
            <Alert variant="light" color="yellow" title={`${skipped.length} skipped`}>
              <List size="sm" spacing={2}>
                {skipped.map((s) => (
                  <List.Item key={s.personId}>
                    {nameOf(s.personId)}: {s.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title="Invite people" size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (picked.length === 0) return setPickError('Choose at least one person.');
          invite.mutate();
        }}
      >
        <Stack gap="md">
          {invite.isError ? <ErrorAlert error={invite.error} /> : null}
          <MultiSelect
            label="People"
            description="Search the directory; pick as many as you like."
            placeholder={picked.length ? undefined : 'Search by name, title or department'}
            searchable
            data-autofocus
            data={options.map((p) => ({ value: p.id, label: personLabel(p) }))}
            filter={({ options: all }) => all}
            searchValue={typed}
            onSearchChange={setTyped}
            nothingFoundMessage={results.isFetching ? 'Searching…' : 'No one matches'}
            value={picked.map((p) => p.id)}
            error={pickError}
            onChange={(ids) => {
              setPickError(null);
              setPicked(ids.map((id) => options.find((p) => p.id === id)).filter((p) => p !== undefined));
            }}
          />
          <Radio.Group label="Invite them as" value={side} onChange={(value) => setSide(value as Side)}>
            <Group gap="lg" mt="xs">
              <Radio value="mentor" label={sideLabel('mentor', program.type)} />
              <Radio value="mentee" label={sideLabel('mentee', program.type)} />
            </Group>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            Each person gets an email with a link to the program's application form.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {picked.length > 1 ? `Invite ${picked.length} people` : 'Invite'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
