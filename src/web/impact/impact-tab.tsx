import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../common/error-alert';
import type { Program } from '../programs/program-types';
import { useProgramImpact } from './impact-api';
import { ImpactDownloads } from './impact-downloads';
import { CohortComparisonSection } from './cohort-comparison-table';
import { ImpactFigures } from './impact-figures';
import { ReportNotesSection } from './report-notes-section';

/**
 * A program's impact (`/programs/:id/impact`, issue 8): who took part at each stage, how the pairs
 * kept at it, what each side learned and the objectives; HR's report notes (takeaways and chosen
 * quotes) and the comparison with earlier cohorts. Figures about fewer people than the
 * organisation's minimum arrive hidden, and show as the server's reason.
 */
export function ImpactTab({ program }: { program: Program }) {
  const impact = useProgramImpact(program.id);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} fz="h3">
          Impact
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          What the program achieved so far, in totals only. Figures about fewer people than your
          organisation’s minimum group size are hidden so nobody can be recognised.
        </Text>
        {impact.data ? <ImpactDownloads programId={program.id} /> : null}
      </Stack>
      {impact.isError ? <ErrorAlert error={impact.error} /> : null}
      {impact.isPending ? <Skeleton height={240} aria-label="Loading the impact" /> : null}
      {impact.data ? <ReportNotesSection programId={program.id} /> : null}
      {impact.data ? <ImpactFigures impact={impact.data} /> : null}
      {impact.data ? <CohortComparisonSection programId={program.id} /> : null}
    </Stack>
  );
}
