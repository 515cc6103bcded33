import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../common/format';
import { useReportNotes } from './report-api';
import { ReportNotesEditor } from './report-notes-editor';
import { ReportQuotesList, TakeawaysText } from './report-quotes-list';

/**
 * The "Report" part of HR's Impact tab: the key takeaways and the quotes chosen for the report, as
 * they print, and a button to edit them. Quotes are in HR's report only (decision 015).
 */
export function ReportNotesSection({ programId }: { programId: string }) {
  const notes = useReportNotes(programId);
  const [editing, setEditing] = useState(false);
  const data = notes.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="report-notes-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} fz="h4" id="report-notes-title">
              Report
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              Your key takeaways go in the report for HR and the sponsor. Quotes go in HR’s report only, and
              only while their authors still agree.
            </Text>
            {data?.updatedAt ? (
              <Text size="xs" c="dimmed">{`Last saved ${formatDateTime(data.updatedAt)}`}</Text>
            ) : null}
          </div>
          {data && !editing ? (
            <Button
              className="no-print"
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit the report notes
            </Button>
          ) : null}
        </Group>
        {notes.isError ? <ErrorAlert error={notes.error} /> : null}
        {notes.isPending ? <Skeleton height={120} aria-label="Loading the report notes" /> : null}
        {data && editing ? (
          <ReportNotesEditor programId={programId} notes={data} onDone={() => setEditing(false)} />
        ) : null}
        {data && !editing ? (
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={4} fz="h5">
                Key takeaways
              </Title>
              <TakeawaysText takeaways={data.takeaways} />
            </Stack>
            <Stack gap={4}>
              <Title order={4} fz="h5">
                In their words
              </Title>
              {data.quotes.length > 0 ? (
                <ReportQuotesList quotes={data.quotes} />
              ) : (
                <Text size="sm" c="dimmed">
                  {data.candidates.length === 0
                    ? 'No one has agreed to be quoted yet.'
                    : `No quotes chosen yet. ${data.candidates.length} ${data.candidates.length === 1 ? 'answer' : 'answers'} may be quoted.`}
                </Text>
              )}
            </Stack>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
