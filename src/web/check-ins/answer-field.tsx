import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { QuestionKind, QuestionOfKind } from '#core/surveys/survey-template';
import type { AnswerValue, SurveyQuestion, TextAnswer } from './check-in-types';
import { scaleValueLabel, scaleValues } from './survey-labels';

export interface AnswerFieldProps<Q extends SurveyQuestion = SurveyQuestion> {
  question: Q;
  value: AnswerValue | undefined;
  /** `undefined` clears the answer. */
  onChange: (value: AnswerValue | undefined) => void;
  error: string | undefined;
  readOnly: boolean;
}

/** What every kind's field shares: the prompt as its accessible name, help, required mark, error. */
const labelled = (p: AnswerFieldProps) => ({
  label: p.question.prompt,
  description: p.question.help || undefined,
  withAsterisk: p.question.required,
  error: p.error,
});

function ScaleField(p: AnswerFieldProps<QuestionOfKind<'likert' | 'nps'>>) {
  const { question } = p;
  return (
    <Radio.Group
      {...labelled(p)}
      value={typeof p.value === 'number' ? String(p.value) : null}
      onChange={(v) => p.onChange(Number(v))}
      readOnly={p.readOnly}
    >
      <Group gap="sm" mt="xs" align="center">
        <Text size="sm" c="dimmed" aria-hidden>
          {question.lowLabel}
        </Text>
        {scaleValues(question.kind).map((v) => (
          <Radio
            key={v}
            value={String(v)}
            label={String(v)}
            aria-label={scaleValueLabel(question, v)}
            labelPosition="left"
            disabled={p.readOnly}
          />
        ))}
        <Text size="sm" c="dimmed" aria-hidden>
          {question.highLabel}
        </Text>
      </Group>
    </Radio.Group>
  );
}

function SingleChoiceField(p: AnswerFieldProps<QuestionOfKind<'single_choice'>>) {
  return (
    <Radio.Group
      {...labelled(p)}
      value={typeof p.value === 'string' ? p.value : null}
      onChange={(v) => p.onChange(v)}
      readOnly={p.readOnly}
    >
      <Stack gap="xs" mt="xs">
        {p.question.options.map((o) => (
          <Radio key={o} value={o} label={o} disabled={p.readOnly} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function MultipleChoiceField(p: AnswerFieldProps<QuestionOfKind<'multiple_choice'>>) {
  return (
    <Checkbox.Group
      {...labelled(p)}
      value={Array.isArray(p.value) ? [...p.value] : []}
      onChange={(v) => !p.readOnly && p.onChange(v.length > 0 ? v : undefined)}
    >
      <Stack gap="xs" mt="xs">
        {p.question.options.map((o) => (
          <Checkbox key={o} value={o} label={o} disabled={p.readOnly} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function textAnswer(value: AnswerValue | undefined): TextAnswer {
  return typeof value === 'object' && !Array.isArray(value)
    ? (value as TextAnswer)
    : { text: '', shareWithHr: false };
}

/**
 * Under a written answer HR may ever read: the author's consent, unticked until they tick it. Every
 * box reads the same on screen; a screen reader also hears which question it belongs to. A quotable
 * question has a second box, to let HR quote the answer without the author's name; it needs the
 * first, so ticking it ticks that too, and unticking the first unticks it.
 */
function ConsentBox(p: AnswerFieldProps<QuestionOfKind<'short_text' | 'long_text'>>) {
  const answer = textAnswer(p.value);
  if (!p.question.shareableWithHr) return null;
  const forQuestion = <VisuallyHidden component="span">(for “{p.question.prompt}”)</VisuallyHidden>;
  return (
    <Stack gap={6}>
      <Checkbox
        label={
          <>
            {p.question.hrConsentPrompt} {forQuestion}
          </>
        }
        checked={answer.shareWithHr}
        disabled={p.readOnly}
        onChange={(event) => {
          const shareWithHr = event.currentTarget.checked;
          p.onChange({
            ...answer,
            shareWithHr,
            ...(p.question.quotable ? { mayQuote: shareWithHr && answer.mayQuote === true } : {}),
          });
        }}
      />
      {p.question.quotable ? (
        <Checkbox
          label={
            <>
              {p.question.quoteConsentPrompt} {forQuestion}
            </>
          }
          checked={answer.mayQuote === true}
          disabled={p.readOnly}
          onChange={(event) => {
            const mayQuote = event.currentTarget.checked;
            p.onChange({ ...answer, mayQuote, shareWithHr: mayQuote || answer.shareWithHr });
          }}
        />
      ) : null}
    </Stack>
  );
}

function ShortTextField(p: AnswerFieldProps<QuestionOfKind<'short_text'>>) {
  const answer = textAnswer(p.value);
  return (
    <Stack gap="xs">
      <TextInput
        {...labelled(p)}
        readOnly={p.readOnly}
        maxLength={200}
        value={answer.text}
        onChange={(event) => p.onChange({ ...answer, text: event.currentTarget.value })}
      />
      <ConsentBox {...p} />
    </Stack>
  );
}

function LongTextField(p: AnswerFieldProps<QuestionOfKind<'long_text'>>) {
  const answer = textAnswer(p.value);
  return (
    <Stack gap="xs">
      <Textarea
        {...labelled(p)}
        readOnly={p.readOnly}
        rows={4}
        resize="vertical"
        value={answer.text}
        onChange={(event) => p.onChange({ ...answer, text: event.currentTarget.value })}
      />
      <ConsentBox {...p} />
    </Stack>
  );
}

type Renderer = (p: AnswerFieldProps<never>) => ReactNode;
/** One field per question kind; each names itself with the prompt and shows its error at the question. */
const FIELDS: Record<QuestionKind, Renderer> = {
  likert: ScaleField as Renderer,
  nps: ScaleField as Renderer,
  single_choice: SingleChoiceField as Renderer,
  multiple_choice: MultipleChoiceField as Renderer,
  short_text: ShortTextField as Renderer,
  long_text: LongTextField as Renderer,
};

export function AnswerField(props: AnswerFieldProps) {
  const Field = FIELDS[props.question.kind];
  return (
    <div data-testid={`question-${props.question.id}`}>
      <Field {...(props as AnswerFieldProps<never>)} />
    </div>
  );
}
