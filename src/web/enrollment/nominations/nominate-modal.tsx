import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../common/error-alert';
import { PersonPicker } from '../../programs/person-picker';
import type { PersonOption } from '../../programs/use-person-search';
import { nominationsKey } from './use-nominations';

interface NominateModalProps {
  programs: { id: string; name: string }[];
  onClose: () => void;
}

/** Put a junior colleague forward for a program, with a note for HR. */
export function NominateModal({ programs, onClose }: NominateModalProps) {
  const queryClient = useQueryClient();
  const [programId, setProgramId] = useState<string | null>(
    programs.length === 1 ? (programs[0]?.id ?? null) : null,
  );
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nominate = useMutation({
    mutationFn: () =>
      api.post(`/programs/${encodeURIComponent(programId ?? '')}/nominations`, {
        personId: person?.id,
        note: note.trim(),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: nominationsKey });
      notifications.show({ message: `${person?.name} was nominated. They get an email with the next step.` });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error)) setErrors({ ...error.fieldErrors });
    },
  });
  const fieldErrorShown = isApiError(nominate.error) && Object.keys(nominate.error.fieldErrors).length > 0;
  return (
    <Modal opened onClose={onClose} title="Nominate a junior colleague" size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const missing: Record<string, string> = {};
          if (!programId) missing.programId = 'Choose a program.';
          if (!person) missing.personId = 'Choose the person you nominate.';
          setErrors(missing);
          if (Object.keys(missing).length === 0) nominate.mutate();
        }}
      >
        <Stack gap="md">
          {nominate.isError && !fieldErrorShown ? <ErrorAlert error={nominate.error} /> : null}
          <Select
            label="Program"
            withAsterisk
            placeholder="Choose a program"
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            value={programId}
            error={errors.programId}
            onChange={setProgramId}
          />
          <PersonPicker
            label="Person"
            required
            description="A junior colleague from your group who would bring a fresh perspective."
            value={person}
            error={errors.personId}
            onChange={setPerson}
          />
          <Textarea
            label="Note for HR"
            description="Why this person? HR sees it next to their application."
            rows={3}
            resize="vertical"
            value={note}
            error={errors.note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            They will be emailed an invitation to apply as a mentor. You will see their status here.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={nominate.isPending}>
              Nominate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
