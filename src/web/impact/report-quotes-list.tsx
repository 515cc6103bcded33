import { Blockquote, Stack, Text } from '@mantine/core';
import { SIDE_LABELS } from '#core/impact/report-quotes';
import type { Quote } from './report-types';

/** Chosen quotes as the report shows them: the words, then Mentor or Mentee and the question. No names. */
export function ReportQuotesList({ quotes }: { quotes: readonly Quote[] }) {
  return (
    <Stack gap="sm">
      {quotes.map((q) => (
        <Blockquote key={`${q.responseId}/${q.questionId}`} p="sm" data-testid="report-quote">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{`“${q.text}”`}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {`${SIDE_LABELS[q.side]}, answering “${q.prompt}”`}
          </Text>
        </Blockquote>
      ))}
    </Stack>
  );
}

/** HR's takeaways as paragraphs, or a plain sentence when none are written. */
export function TakeawaysText({ takeaways }: { takeaways: string }) {
  return takeaways.trim() ? (
    <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="report-takeaways">
      {takeaways}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      HR has not written the key takeaways yet.
    </Text>
  );
}
