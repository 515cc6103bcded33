import { Button, Group, NumberInput, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { usePageTitle } from '../common/use-page-title';

type Retention = { retentionMonths: number };

const MIN = 6;
const MAX = 120;

/** The months a number input holds, or the words saying why it cannot be saved. */
function checkMonths(value: string | number): string | null {
  if (value === '' || typeof value !== 'number') return 'Enter a number of months.';
  if (!Number.isInteger(value)) return 'Enter a whole number of months.';
  if (value < MIN) return `At least ${MIN} months.`;
  if (value > MAX) return `At most ${MAX} months.`;
  return null;
}

/** Issue 9: how long an ended program keeps its participants' personal content. */
export function RetentionPage() {
  usePageTitle('Data retention');
  const queryClient = useQueryClient();
  const retention = useQuery({
    queryKey: ['admin', 'retention'],
    queryFn: () => api.get<Retention>('/admin/retention'),
  });
  const [months, setMonths] = useState<string | number>('');
  const [shown, setShown] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (retention.data) setMonths(retention.data.retentionMonths);
  }, [retention.data]);
  const save = useMutation({
    mutationFn: (value: number) => api.put<Retention>('/admin/retention', { retentionMonths: value }),
    onSuccess: (answer) => {
      queryClient.setQueryData(['admin', 'retention'], answer);
      setSaved(true);
    },
  });
  const serverError = save.error instanceof ApiError ? save.error.fieldErrors.retentionMonths : undefined;

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader
        title="Data retention"
        description="How long a closed program keeps what its participants wrote. After that, a nightly job removes it for good."
      />
      {retention.isError ? <ErrorAlert error={retention.error} /> : null}
      {retention.isPending ? <Skeleton height={180} aria-label="Loading the retention period" /> : null}
      {retention.data ? (
        <Paper withBorder p="lg" radius="md">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const problem = checkMonths(months);
              setShown(problem);
              setSaved(false);
              if (problem === null) save.mutate(months as number);
            }}
          >
            <Stack gap="md">
              <NumberInput
                label="Keep personal content for (months after a program closes)"
                description={`Between ${MIN} and ${MAX} months.`}
                value={months}
                onChange={(value) => {
                  setMonths(value);
                  setSaved(false);
                }}
                allowDecimal={false}
                clampBehavior="none"
                min={MIN}
                max={MAX}
                maw={320}
                error={shown ?? serverError}
              />
              <Text size="sm" c="dimmed">
                Removed: private and meeting notes, goals and agreements, concerns, written check-in answers,
                application and sensitive answers, nomination notes. Kept: the counts and scale answers behind
                every figure, so past programs still compare.
              </Text>
              {save.isError && !serverError ? <ErrorAlert error={save.error} title="Not saved" /> : null}
              <Group gap="sm">
                <Button type="submit" loading={save.isPending}>
                  Save
                </Button>
                {saved ? (
                  <Text size="sm" c="teal" role="status">
                    Saved.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </form>
        </Paper>
      ) : null}
    </Stack>
  );
}
