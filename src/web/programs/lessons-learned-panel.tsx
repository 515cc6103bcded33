import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import type { Program } from './program-types';
import { programQueryKey } from './use-programs';

const MAX = 5000;
/** While a cloned cohort is being planned, its lessons are the previous cohort's. */
const planningPhases: readonly Program['phase'][] = ['draft', 'recruiting', 'matching'];

/** Whether this program shows lessons carried from the cohort it was cloned from. */
export function carriesLessons(program: Program): boolean {
  return program.clonedFrom !== null && planningPhases.includes(program.phase);
}

/**
 * HR's lessons learned. A cohort being planned from a clone shows them as "Lessons from <previous
 * cohort>"; later, and on a closed program, HR writes this cohort's own, which a clone carries on.
 */
export function LessonsLearnedPanel({ program, canManage }: { program: Program; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const lessons = program.settings.lessonsLearned;
  const carried = carriesLessons(program);
  const title = carried && program.clonedFrom ? `Lessons from ${program.clonedFrom.name}` : 'Lessons learned';
  const save = useMutation({
    mutationFn: (text: string) =>
      api.put<{ lessonsLearned: string }>(`/programs/${encodeURIComponent(program.id)}/lessons-learned`, {
        lessonsLearned: text,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData<Program>(programQueryKey(program.id), (old) =>
        old ? { ...old, settings: { ...old.settings, lessonsLearned: saved.lessonsLearned } } : old,
      );
      setDraft(null);
      notifications.show({ message: 'Lessons saved.' });
    },
  });
  const fieldError = isApiError(save.error) ? save.error.fieldErrors.lessonsLearned : undefined;
  const tooLong = draft !== null && draft.length > MAX;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="lessons-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="h4" id="lessons-title">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {carried
                ? 'Carried over when this cohort was cloned. Plan with them in mind.'
                : 'What worked and what to change. When you clone this program, the next cohort starts with them.'}
            </Text>
          </div>
          {canManage && draft === null ? (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setDraft(lessons)}
            >
              {lessons ? 'Edit lessons' : 'Write lessons'}
            </Button>
          ) : null}
        </Group>
        {draft !== null ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!tooLong) save.mutate(draft);
            }}
          >
            <Stack gap="sm">
              {save.isError && !fieldError ? <ErrorAlert error={save.error} /> : null}
              <Textarea
                label="Lessons learned"
                description={`${draft.length.toLocaleString('en')} of ${MAX.toLocaleString('en')} characters`}
                rows={8}
                data-autofocus
                value={draft}
                error={tooLong ? `Keep the lessons to ${MAX.toLocaleString('en')} characters.` : fieldError}
                onChange={(event) => setDraft(event.currentTarget.value)}
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setDraft(null)} disabled={save.isPending}>
                  Cancel
                </Button>
                <Button type="submit" loading={save.isPending}>
                  Save lessons
                </Button>
              </Group>
            </Stack>
          </form>
        ) : lessons ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{lessons}</Text>
        ) : (
          <Text c="dimmed" size="sm">
            {carried && program.clonedFrom
              ? `No lessons were written for ${program.clonedFrom.name}.`
              : 'No lessons written yet.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
