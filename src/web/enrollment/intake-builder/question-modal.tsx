import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { QUESTION_KINDS, type Question, type QuestionKind } from '#core/programs/intake-form';
import {
  CHOICE_KINDS,
  kindLabels,
  SENSITIVE_EXPLANATION,
  SENSITIVE_KINDS,
  questionSideLabels,
} from '../question-labels';
import { OptionsEditor } from './options-editor';
import { checkQuestion, questionIdFor } from './question-draft';

interface QuestionModalProps {
  /** The question being edited; a new one has an empty id. */
  initial: Question;
  takenIds: ReadonlySet<string>;
  onSave: (question: Question) => void;
  onClose: () => void;
}

export function QuestionModal({ initial, takenIds, onSave, onClose }: QuestionModalProps) {
  const [q, setQ] = useState<Question>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const isNew = initial.id === '';
  const isChoice = CHOICE_KINDS.includes(q.kind);
  const canBeSensitive = SENSITIVE_KINDS.includes(q.kind);
  const update = (patch: Partial<Question>) => {
    setQ((current) => ({ ...current, ...patch }));
    setErrors({});
  };

  const save = () => {
    const id = isNew ? questionIdFor(q.label, takenIds) : q.id;
    const result = checkQuestion({ ...q, id, options: isChoice ? q.options.map((o) => o.trim()) : [] });
    if (!result.ok) return setErrors(result.errors);
    onSave(result.value);
  };

  return (
    <Modal opened onClose={onClose} title={isNew ? 'Add a question' : 'Edit the question'} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Question"
            withAsterisk
            data-autofocus
            value={q.label}
            error={errors.label ?? errors.id}
            onChange={(e) => update({ label: e.currentTarget.value })}
          />
          <TextInput
            label="Help text"
            description="Optional. A sentence under the question."
            value={q.help}
            error={errors.help}
            onChange={(e) => update({ help: e.currentTarget.value })}
          />
          <Select
            label="Kind of answer"
            allowDeselect={false}
            data={QUESTION_KINDS.map((kind) => ({ value: kind, label: kindLabels[kind] }))}
            value={q.kind}
            onChange={(kind) => {
              const next = kind as QuestionKind;
              update({ kind: next, ...(SENSITIVE_KINDS.includes(next) ? {} : { sensitive: false }) });
            }}
          />
          {isChoice ? (
            <OptionsEditor
              value={q.options}
              sensitive={q.sensitive}
              error={errors.options}
              onChange={(options) => update({ options })}
            />
          ) : null}
          <Input.Wrapper label="Who answers" labelElement="div">
            <div>
              <SegmentedControl
                mt={6}
                aria-label="Who answers"
                data={(['both', 'mentor', 'mentee'] as const).map((side) => ({
                  value: side,
                  label: questionSideLabels[side],
                }))}
                value={q.side}
                onChange={(side) => update({ side: side as Question['side'] })}
              />
            </div>
          </Input.Wrapper>
          {canBeSensitive ? (
            <Switch
              label="Sensitive (background attribute)"
              description="For questions such as gender, ethnicity, generation or disability."
              checked={q.sensitive}
              error={errors.sensitive}
              onChange={(e) =>
                update({
                  sensitive: e.currentTarget.checked,
                  ...(e.currentTarget.checked ? { required: false } : {}),
                })
              }
            />
          ) : null}
          {q.sensitive ? (
            <Alert variant="light" color="grape" icon={<IconLock aria-hidden />} title="What sensitive means">
              {SENSITIVE_EXPLANATION}
            </Alert>
          ) : null}
          <Switch
            label="Required"
            description={
              q.sensitive ? 'Sensitive questions are always optional.' : 'People must answer it to submit.'
            }
            checked={q.required && !q.sensitive}
            disabled={q.sensitive}
            onChange={(e) => update({ required: e.currentTarget.checked })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">{isNew ? 'Add the question' : 'Keep these changes'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
