import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { CsvDropZone } from './csv-drop-zone';
import { ImportColumnsTable } from './import-columns-table';
import { ImportProblemsTable } from './import-problems-table';
import { describeCounts, templateUrl, uploadPeopleCsv } from './people-import-api';

/** Import employees: pick a file, a dry run first, then the import once the file is clean. */
export function ImportPeoplePage() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [markLeavers, setMarkLeavers] = useState(true);
  const check = useMutation({
    mutationFn: (picked: File) => uploadPeopleCsv(picked, { dryRun: true, markLeavers }),
  });
  const run = useMutation({
    mutationFn: (picked: File) => uploadPeopleCsv(picked, { dryRun: false, markLeavers }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
  const startOver = () => {
    check.reset();
    run.reset();
  };
  const preview = check.data;
  const done = run.data?.ok ? run.data : null;

  if (done) {
    return (
      <Stack gap="lg">
        <PageHeader title="Import people" />
        <Alert color="teal" variant="light" title="Import complete" role="status">
          {describeCounts(done.counts, false)}
        </Alert>
        <Group>
          <Button component={Link} to="/people">
            Back to People
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setFile(null);
              startOver();
            }}
          >
            Import another file
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Import people"
        description="Load or refresh the employee directory from a spreadsheet saved as CSV. The file is checked first and nothing is written until it is clean."
      />
      <Paper withBorder p="lg" maw={960}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              Columns
            </Title>
            <Button
              component="a"
              href={templateUrl}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Download the template
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            Header names are matched without regard to case; “Job title”, “Grade”, “Manager” and “Start date”
            work too. Columns you leave out are not changed for people already in Counterpart.
          </Text>
          <ImportColumnsTable />
        </Stack>
      </Paper>
      <Stack gap="md" maw={960}>
        <CsvDropZone
          file={file}
          onFile={(picked) => {
            setFile(picked);
            startOver();
          }}
        />
        <Checkbox
          checked={markLeavers}
          onChange={(event) => {
            setMarkLeavers(event.currentTarget.checked);
            startOver();
          }}
          label="Mark people missing from the file as having left"
          description="Use this when the file lists everyone in the organisation: anyone in Counterpart but not in the file gets the status “left” (with today as the end date unless one is set). Untick it to add or update only the people in the file."
        />
        <Group>
          <Button
            onClick={() => file && check.mutate(file)}
            disabled={!file}
            loading={check.isPending}
            variant={preview?.ok ? 'default' : 'filled'}
          >
            Check the file
          </Button>
          {preview?.ok ? (
            <Button onClick={() => file && run.mutate(file)} loading={run.isPending}>
              Import
            </Button>
          ) : null}
        </Group>
        {check.isError ? <ErrorAlert error={check.error} /> : null}
        {run.isError ? <ErrorAlert error={run.error} /> : null}
        {run.data && !run.data.ok ? (
          <ImportProblemsTable message={run.data.message} issues={run.data.issues} />
        ) : null}
        {preview?.ok ? (
          <Alert color="blue" variant="light" title="The file is ready to import" role="status">
            Dry run, nothing written yet: {describeCounts(preview.counts, true)} Press Import to apply it.
          </Alert>
        ) : null}
        {preview && !preview.ok ? (
          <ImportProblemsTable message={preview.message} issues={preview.issues} />
        ) : null}
      </Stack>
      <Anchor component={Link} to="/people" size="sm">
        Back to People
      </Anchor>
    </Stack>
  );
}
