import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Question } from '#core/programs/intake-form';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../common/error-alert';
import type { Program } from '../../programs/program-types';
import { programQueryKey } from '../../programs/use-programs';
import { FormPreview } from './form-preview';
import { blankQuestion } from './question-draft';
import { QuestionList } from './question-list';
import { QuestionModal } from './question-modal';

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The Intake form tab: build the questions, preview them per side, save the whole form at once. */
export function IntakeFormTab({ program, canManage }: { program: Program; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [questions, setQuestions] = useState<Question[]>(program.intakeForm);
  const [dirty, setDirty] = useState(false);
  const [view, setView] = useState<'questions' | 'preview'>('questions');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const readOnly = !canManage || !program.answersOpen;

  const change = (next: Question[]) => {
    setQuestions(next);
    setDirty(true);
  };
  const save = useMutation({
    mutationFn: () =>
      api.put<Program>(`/programs/${encodeURIComponent(program.id)}/intake-form`, { questions }),
    onSuccess: (saved) => {
      queryClient.setQueryData(programQueryKey(program.id), saved);
      setQuestions(saved.intakeForm);
      setDirty(false);
      notifications.show({ message: 'The intake form was saved.' });
    },
  });
  const takenIds = new Set(questions.map((q) => q.id));
  const toRemove = removing === null ? undefined : questions[removing];

  return (
    <Stack gap="md">
      {!program.answersOpen ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title="Answers are closed">
          Matching has started, so the form can no longer change: people's answers must stay comparable.
        </Alert>
      ) : null}
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Show"
          data={[
            { value: 'questions', label: 'Questions' },
            { value: 'preview', label: 'Preview' },
          ]}
          value={view}
          onChange={(value) => setView(value as 'questions' | 'preview')}
        />
        {readOnly ? null : (
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              Add a question
            </Button>
            {dirty ? (
              <Button
                variant="default"
                onClick={() => {
                  setQuestions(program.intakeForm);
                  setDirty(false);
                  save.reset();
                }}
              >
                Discard changes
              </Button>
            ) : null}
            <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty}>
              Save the form
            </Button>
          </Group>
        )}
      </Group>
      {dirty ? (
        <Text size="sm" c="dimmed">
          You have unsaved changes.
        </Text>
      ) : null}
      {save.isError ? (
        <ErrorAlert error={save.error} title="The form was not saved">
          {isApiError(save.error)
            ? Object.values(save.error.fieldErrors).map((message) => <div key={message}>{message}</div>)
            : null}
        </ErrorAlert>
      ) : null}
      {view === 'questions' ? (
        <QuestionList
          questions={questions}
          readOnly={readOnly}
          onEdit={setEditing}
          onMove={(from, to) => change(move(questions, from, to))}
          onRemove={setRemoving}
        />
      ) : (
        <FormPreview questions={questions} />
      )}
      {editing !== null ? (
        <QuestionModal
          initial={editing === 'new' ? blankQuestion() : (questions[editing] ?? blankQuestion())}
          takenIds={takenIds}
          onClose={() => setEditing(null)}
          onSave={(question) => {
            change(
              editing === 'new'
                ? [...questions, question]
                : questions.map((q, i) => (i === editing ? question : q)),
            );
            setEditing(null);
          }}
        />
      ) : null}
      <Modal opened={toRemove !== undefined} onClose={() => setRemoving(null)} title="Remove this question?">
        <Stack gap="md">
          <Text>“{toRemove?.label}” will be removed from the form when you save it.</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              onClick={() => {
                change(questions.filter((_, i) => i !== removing));
                setRemoving(null);
              }}
            >
              Remove the question
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
