import { Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PHASE_LABELS } from '#core/programs/program-phase';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { useProgramImpact } from './impact-api';
import { ImpactDownloads } from './impact-downloads';
import { CohortComparisonSection } from './cohort-comparison-table';
import { ImpactFigures } from './impact-figures';
import { SponsorTakeaways } from './sponsor-takeaways';

function BackLink() {
  return (
    <Anchor component={Link} to="/sponsor" size="sm">
      Back to programs I sponsor
    </Anchor>
  );
}

/**
 * One sponsored program's impact (`/sponsor/programs/:id`), in aggregate only: HR's key takeaways, the
 * figures and the comparison with earlier cohorts; never participants' words (decision 015).
 */
export function SponsoredProgramPage() {
  const { id = '' } = useParams();
  const impact = useProgramImpact(id);
  const data = impact.data;
  if (!data) {
    return (
      <Stack gap="lg">
        <PageHeader title="Program impact" />
        {impact.isError ? (
          <ErrorAlert error={impact.error}>
            <Text size="sm" mt="xs">
              <BackLink />
            </Text>
          </ErrorAlert>
        ) : (
          <Skeleton height={240} aria-label="Loading the impact" />
        )}
      </Stack>
    );
  }
  const { program } = data;
  return (
    <Stack gap="lg">
      <BackLink />
      <PageHeader
        title={program.name}
        description={`${PHASE_LABELS[program.phase]} · ${formatDate(program.startDate)} – ${formatDate(program.endDate)}`}
      />
      <Text size="sm" maw={720} data-testid="aggregates-note">
        {`These figures are aggregates: totals and shares, never a person's name or words. Any figure about fewer than ${data.minGroupSize} people is hidden, so nobody can be recognised. Figures as of ${formatDate(data.asOf)}.`}
      </Text>
      <ImpactDownloads programId={program.id} />
      <SponsorTakeaways programId={program.id} />
      <ImpactFigures impact={data} />
      <CohortComparisonSection programId={program.id} />
    </Stack>
  );
}
