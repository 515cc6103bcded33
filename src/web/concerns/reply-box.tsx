import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';

export const messageMax = 5000;

interface ReplyBoxProps {
  label: string;
  description?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Sends the trimmed text; calls `done` once the server has it, which empties the box. */
  onSend: (body: string, done: () => void) => void;
}

/** A text box for the next message in a concern: says what is missing, and shows the server's refusal. */
export function ReplyBox({ label, description, submitLabel, pending, error, onSend }: ReplyBoxProps) {
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const text = body.trim();
  const localError =
    tried && text === ''
      ? 'Write a message first.'
      : text.length > messageMax
        ? `Keep it under ${messageMax} characters.`
        : null;
  const serverFieldError = isApiError(error) ? (error.fieldErrors.body ?? null) : null;
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        description={description}
        value={body}
        rows={3}
        error={localError ?? serverFieldError ?? undefined}
        onChange={(event) => setBody(event.currentTarget.value)}
      />
      {error && !serverFieldError ? <ErrorAlert error={error} /> : null}
      <Group justify="flex-end">
        <Button
          size="sm"
          loading={pending}
          onClick={() => {
            setTried(true);
            if (text === '' || text.length > messageMax) return;
            onSend(text, () => {
              setBody('');
              setTried(false);
            });
          }}
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
