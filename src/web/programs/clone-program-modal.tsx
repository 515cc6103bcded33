import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { suggestedStartDate } from './program-form-values';
import type { Program } from './program-types';
import { programsQueryKey } from './use-programs';

interface CloneValues {
  name: string;
  startDate: string;
}

/** "Clone into next cohort": settings (lessons learned included), form and topic plan carry over; people do not. */
export function CloneProgramModal({ program, onClose }: { program: Program; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CloneValues>({
    initialValues: { name: `${program.name} (next cohort)`, startDate: suggestedStartDate(new Date()) },
    validate: {
      name: (value) => (value.trim() ? null : 'Give the new program a name.'),
      startDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Pick a start date.'),
    },
  });
  const clone = useMutation({
    mutationFn: (values: CloneValues) =>
      api.post<Program>(`/programs/${encodeURIComponent(program.id)}/clone`, {
        name: values.name.trim(),
        startDate: values.startDate,
      }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true });
      notifications.show({ message: `${created.name} was created as a draft.` });
      onClose();
      void navigate(`/programs/${created.id}`);
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <Modal opened onClose={onClose} title="Clone into the next cohort">
      <form noValidate onSubmit={form.onSubmit((values) => clone.mutate(values))}>
        <Stack gap="md">
          <Text size="sm">
            The new program starts as a draft with the same settings, intake form, topic plan and lessons
            learned. Participants are not copied: invite this cohort's alumni from the new program's
            Participants tab.
          </Text>
          {needsAlert(clone.error, form.values) ? <ErrorAlert error={clone.error} /> : null}
          <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput
            type="date"
            label="Starts on"
            description="The end and midpoint dates follow from it."
            withAsterisk
            {...form.getInputProps('startDate')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={clone.isPending}>
              Create the next cohort
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
