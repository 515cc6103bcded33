import { Button, Skeleton, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import {
  emptyFormValues,
  type ProgramFormValues,
  toProgramInput,
  validateProgramForm,
  valuesFromProgram,
} from './program-form-values';
import { carriesLessons, LessonsLearnedPanel } from './lessons-learned-panel';
import { placeServerErrors, ProgramForm } from './program-form';
import type { Program } from './program-types';
import { programQueryKey, programsQueryKey, useMeasureChoices, useProgram } from './use-programs';

export function EditProgramPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const program = useProgram(id);
  const measureChoices = useMeasureChoices(id);
  const [loaded, setLoaded] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<ProgramFormValues>({
    initialValues: emptyFormValues('reverse', ''),
    validate: validateProgramForm,
  });

  useEffect(() => {
    if (!program.data || loaded) return;
    form.setValues(valuesFromProgram(program.data));
    setLoaded(true);
  }, [program.data, loaded, form.setValues]);

  const save = useMutation({
    mutationFn: (values: ProgramFormValues) =>
      api.put<Program>(`/programs/${encodeURIComponent(id)}`, toProgramInput(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(programQueryKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true });
      notifications.show({ message: 'Changes saved.' });
      void navigate(`/programs/${id}`);
    },
    onError: (error) => setUnplaced(placeServerErrors(form, error)),
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title={program.data ? `Edit ${program.data.name}` : 'Edit program'}
        description="Changes apply at once. People who already applied keep their answers."
      />
      {program.isError ? <ErrorAlert error={program.error} /> : null}
      {program.data && carriesLessons(program.data) ? (
        <LessonsLearnedPanel program={program.data} canManage={false} />
      ) : null}
      {program.isPending || !loaded ? (
        program.isError ? null : (
          <Stack gap="md" aria-busy="true" aria-label="Loading the program">
            <Skeleton height={220} />
            <Skeleton height={160} />
          </Stack>
        )
      ) : (
        <ProgramForm
          form={form}
          submitLabel="Save changes"
          measureChoices={measureChoices.data ?? []}
          pending={save.isPending}
          error={save.error}
          unplacedErrors={unplaced}
          onSubmit={() => {
            setUnplaced([]);
            if (!form.validate().hasErrors) save.mutate(form.values);
          }}
          cancel={
            <Button component={Link} to={`/programs/${id}`} variant="default">
              Cancel
            </Button>
          }
        />
      )}
    </Stack>
  );
}
