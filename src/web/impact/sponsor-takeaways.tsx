import { Paper, Skeleton, Stack, Title } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import { useReportTakeaways } from './report-api';
import { TakeawaysText } from './report-quotes-list';

/** HR's key takeaways, read-only, on the sponsor's page. Never quotes (decision 015). */
export function SponsorTakeaways({ programId }: { programId: string }) {
  const takeaways = useReportTakeaways(programId);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="takeaways-title">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="takeaways-title">
          Key takeaways
        </Title>
        {takeaways.isError ? <ErrorAlert error={takeaways.error} /> : null}
        {takeaways.isPending ? <Skeleton height={60} aria-label="Loading the key takeaways" /> : null}
        {takeaways.data ? <TakeawaysText takeaways={takeaways.data.takeaways} /> : null}
      </Stack>
    </Paper>
  );
}
