import { Button, Skeleton, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import {
  applyDefaults,
  emptyFormValues,
  type ProgramFormValues,
  suggestedStartDate,
  toProgramInput,
  validateProgramForm,
} from './program-form-values';
import { placeServerErrors, ProgramForm } from './program-form';
import type { Program, ProgramDefaults } from './program-types';
import { programsQueryKey, useProgramDefaults } from './use-programs';

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function NewProgramPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<ProgramFormValues>({
    initialValues: emptyFormValues('reverse', suggestedStartDate(new Date())),
    validate: validateProgramForm,
  });
  const { type, startDate } = form.values;
  const [defaultsKey, setDefaultsKey] = useState({ type, startDate });
  useEffect(() => {
    if (isDate(startDate)) setDefaultsKey({ type, startDate });
  }, [type, startDate]);
  const defaults = useProgramDefaults(defaultsKey.type, defaultsKey.startDate);

  // Fresh defaults (new type or start date) fill every field the person has not changed.
  const applied = useRef<ProgramDefaults | null>(null);
  useEffect(() => {
    const next = defaults.data;
    if (!next || next === applied.current) return;
    form.setValues((values) => applyDefaults(values as ProgramFormValues, applied.current, next));
    applied.current = next;
  }, [defaults.data, form.setValues]);

  const create = useMutation({
    mutationFn: (values: ProgramFormValues) => api.post<Program>('/programs', toProgramInput(values)),
    onSuccess: (program) => {
      void queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true });
      notifications.show({ message: `${program.name} was created as a draft.` });
      void navigate(`/programs/${program.id}`);
    },
    onError: (error) => setUnplaced(placeServerErrors(form, error)),
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="New program"
        description="Everything is filled in with what works for most reverse mentoring programs. Give it a name, adjust what you need, and create it as a draft."
      />
      {defaults.isError ? <ErrorAlert error={defaults.error} /> : null}
      {applied.current === null ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading the defaults">
          <Skeleton height={220} />
          <Skeleton height={160} />
        </Stack>
      ) : (
        <ProgramForm
          form={form}
          submitLabel="Create program"
          measureChoices={defaults.data?.measureChoices ?? []}
          pending={create.isPending}
          error={create.error}
          unplacedErrors={unplaced}
          onSubmit={() => {
            setUnplaced([]);
            if (!form.validate().hasErrors) create.mutate(form.values);
          }}
          cancel={
            <Button component={Link} to="/programs" variant="default">
              Cancel
            </Button>
          }
        />
      )}
    </Stack>
  );
}
