import { Checkbox, Group, Input, Radio, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { MEETING_MODES } from '#core/programs/intake-answers';
import type { Question, QuestionKind } from '#core/programs/intake-form';
import { meetingModeLabels } from '../question-labels';
import { AvailabilityField } from './availability-field';
import { SkillsField } from './skills-field';

export interface FieldProps {
  question: Question;
  value: unknown;
  onChange: (value: unknown) => void;
  error: string | undefined;
  readOnly: boolean;
  timeZone: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

function Wrapper({ q, error, children }: { q: Question; error: string | undefined; children: ReactNode }) {
  return (
    <Input.Wrapper
      label={q.label}
      description={q.help || undefined}
      withAsterisk={q.required}
      error={error}
      labelElement="div"
      role="group"
      aria-label={q.label}
    >
      <Stack mt={6}>{children}</Stack>
    </Input.Wrapper>
  );
}

/** One renderer per question kind; each labels itself and shows the server's error at the question. */
const renderers: Record<QuestionKind, (p: FieldProps) => ReactNode> = {
  short_text: (p) => (
    <TextInput
      label={p.question.label}
      description={p.question.help || undefined}
      withAsterisk={p.question.required}
      error={p.error}
      readOnly={p.readOnly}
      value={text(p.value)}
      onChange={(e) => p.onChange(e.currentTarget.value)}
    />
  ),
  long_text: (p) => (
    <Textarea
      label={p.question.label}
      description={p.question.help || undefined}
      withAsterisk={p.question.required}
      error={p.error}
      readOnly={p.readOnly}
      rows={3}
      resize="vertical"
      value={text(p.value)}
      onChange={(e) => p.onChange(e.currentTarget.value)}
    />
  ),
  single_choice: (p) => (
    <Radio.Group
      label={p.question.label}
      description={p.question.help || undefined}
      withAsterisk={p.question.required}
      error={p.error}
      value={text(p.value) || null}
      onChange={(v) => !p.readOnly && p.onChange(v)}
    >
      <Stack gap="xs" mt="xs">
        {p.question.options.map((o) => (
          <Radio key={o} value={o} label={o} disabled={p.readOnly} />
        ))}
      </Stack>
    </Radio.Group>
  ),
  multiple_choice: (p) => (
    <Checkbox.Group
      label={p.question.label}
      description={p.question.help || undefined}
      withAsterisk={p.question.required}
      error={p.error}
      value={list(p.value)}
      onChange={(v) => !p.readOnly && p.onChange(v)}
    >
      <Stack gap="xs" mt="xs">
        {p.question.options.map((o) => (
          <Checkbox key={o} value={o} label={o} disabled={p.readOnly} />
        ))}
      </Stack>
    </Checkbox.Group>
  ),
  scale: (p) => (
    <Wrapper q={p.question} error={p.error}>
      <SegmentedControl
        data={['1', '2', '3', '4', '5']}
        value={typeof p.value === 'number' ? String(p.value) : ''}
        disabled={p.readOnly}
        onChange={(v) => p.onChange(Number(v))}
        w="fit-content"
      />
    </Wrapper>
  ),
  skills: (p) => (
    <Wrapper q={p.question} error={p.error}>
      <SkillsField value={p.value} onChange={p.onChange} readOnly={p.readOnly} />
    </Wrapper>
  ),
  availability: (p) => (
    <Wrapper q={p.question} error={p.error}>
      <AvailabilityField value={p.value} onChange={p.onChange} readOnly={p.readOnly} timeZone={p.timeZone} />
    </Wrapper>
  ),
  meeting_mode: (p) => (
    <Radio.Group
      label={p.question.label}
      description={p.question.help || undefined}
      withAsterisk={p.question.required}
      error={p.error}
      value={text(p.value) || null}
      onChange={(v) => !p.readOnly && p.onChange(v)}
    >
      <Group gap="lg" mt="xs">
        {MEETING_MODES.map((mode) => (
          <Radio key={mode} value={mode} label={meetingModeLabels[mode]} disabled={p.readOnly} />
        ))}
      </Group>
    </Radio.Group>
  ),
  yes_no: (p) =>
    p.question.required ? (
      <Checkbox
        label={p.question.label}
        description={p.question.help || undefined}
        error={p.error}
        checked={p.value === true}
        disabled={p.readOnly}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
    ) : (
      <Radio.Group
        label={p.question.label}
        description={p.question.help || undefined}
        error={p.error}
        value={p.value === true ? 'yes' : p.value === false ? 'no' : null}
        onChange={(v) => !p.readOnly && p.onChange(v === 'yes')}
      >
        <Group gap="lg" mt="xs">
          <Radio value="yes" label="Yes" disabled={p.readOnly} />
          <Radio value="no" label="No" disabled={p.readOnly} />
        </Group>
      </Radio.Group>
    ),
};

export function QuestionField(props: FieldProps) {
  return <div data-testid={`question-${props.question.id}`}>{renderers[props.question.kind](props)}</div>;
}
