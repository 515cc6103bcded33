import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { MAX_QUOTES, SIDE_LABELS } from '#core/impact/report-quotes';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { useSaveReportNotes } from './report-api';
import type { Quote, ReportNotes } from './report-types';

export const MAX_TAKEAWAYS = 5000;
const keyOf = (q: { responseId: string; questionId: string }) => `${q.responseId}/${q.questionId}`;

/**
 * HR writes the report's key takeaways and ticks the quotes to include (issue 8). Only answers whose
 * authors agreed to be quoted are offered, labelled Mentor or Mentee, never with a name. Quotes go in
 * HR's report only; the takeaways in the sponsor's too.
 */
export function ReportNotesEditor({
  programId,
  notes,
  onDone,
}: {
  programId: string;
  notes: ReportNotes;
  onDone: () => void;
}) {
  const [takeaways, setTakeaways] = useState(notes.takeaways);
  const [chosen, setChosen] = useState<string[]>(notes.quotes.map(keyOf));
  const save = useSaveReportNotes(programId);
  const tooLong = takeaways.length > MAX_TAKEAWAYS;
  const full = chosen.length >= MAX_QUOTES;
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors : {};
  const placed = fieldErrors.takeaways !== undefined || fieldErrors.quotes !== undefined;
  const byKey = new Map(notes.candidates.map((c) => [keyOf(c), c]));

  const submit = () => {
    if (tooLong) return;
    const quotes = chosen
      .map((k) => byKey.get(k))
      .filter((q): q is Quote => q !== undefined)
      .map(({ responseId, questionId }) => ({ responseId, questionId }));
    save.mutate(
      { takeaways, quotes },
      {
        onSuccess: () => {
          notifications.show({ message: 'Report notes saved.' });
          onDone();
        },
      },
    );
  };

  return (
    <form
      noValidate
      aria-label="Edit the report notes"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {save.isError && !placed ? <ErrorAlert error={save.error} /> : null}
        <Textarea
          label="Key takeaways"
          description={`What you want readers to remember, in plain words. Sponsors see this too. ${takeaways.length.toLocaleString('en')} of ${MAX_TAKEAWAYS.toLocaleString('en')} characters.`}
          rows={6}
          resize="vertical"
          data-autofocus
          value={takeaways}
          error={
            tooLong
              ? `Keep the takeaways to ${MAX_TAKEAWAYS.toLocaleString('en')} characters.`
              : fieldErrors.takeaways
          }
          onChange={(event) => setTakeaways(event.currentTarget.value)}
        />
        <Checkbox.Group
          label="Quotes for HR’s report"
          description={`Only answers whose authors agreed to be quoted, without their names. Sponsors never see quotes. Choose up to ${MAX_QUOTES}.`}
          value={chosen}
          onChange={setChosen}
          error={fieldErrors.quotes}
        >
          {notes.candidates.length === 0 ? (
            <Alert variant="light" color="gray" mt="xs" title="No one has agreed to be quoted yet">
              When participants answer the final review, they can agree to be quoted. Their answers appear
              here to choose from.
            </Alert>
          ) : (
            <Stack gap="sm" mt="xs">
              {notes.candidates.map((c) => (
                <Checkbox
                  key={keyOf(c)}
                  value={keyOf(c)}
                  disabled={full && !chosen.includes(keyOf(c))}
                  label={`“${c.text}”`}
                  description={`${SIDE_LABELS[c.side]}, answering “${c.prompt}”`}
                />
              ))}
            </Stack>
          )}
        </Checkbox.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save report notes
          </Button>
        </Group>
        {full ? (
          <Text size="sm" c="dimmed">
            {`You have chosen ${MAX_QUOTES} quotes, the most a report holds.`}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
