import { Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { FUNNEL_STAGES } from '#core/impact/participation-funnel';
import { ErrorAlert } from '../../common/error-alert';
import { FigureText } from '../../impact/figure-text';
import { STAGE_LABELS } from '../../impact/impact-figures';
import { useNomineeImpact } from './use-nominations';

/**
 * How the lead's nominees are doing, in aggregate only: each stage's count across all their programs
 * and per program. Small groups come back hidden from the API with the reason, shown in their place.
 */
export function NomineeImpact() {
  const impact = useNomineeImpact();
  if (impact.isPending) return <Skeleton height={160} aria-label="Loading how your nominees are doing" />;
  if (impact.isError) return <ErrorAlert error={impact.error} />;
  const { minGroupSize, overall, programs } = impact.data;
  if (programs.length === 0) return null;
  const columns = [{ id: 'all', name: 'All programs', funnel: overall }, ...programs];
  return (
    <Stack component="section" gap="sm" aria-labelledby="nominee-impact">
      <Title order={2} fz="h4" id="nominee-impact">
        How your nominees are doing
      </Title>
      <Text size="sm" c="dimmed">
        Counts only; groups smaller than {minGroupSize} are hidden.
      </Text>
      <Table.ScrollContainer minWidth={480} type="native">
        <Table verticalSpacing="xs" aria-label="Your nominees by stage">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Stage</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.id} scope="col">
                  {c.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FUNNEL_STAGES.map((stage) => (
              <Table.Tr key={stage} data-testid={`nominee-stage-${stage}`}>
                <Table.Th scope="row" fw={400}>
                  {STAGE_LABELS[stage]}
                </Table.Th>
                {columns.map((c) => {
                  const figure = c.funnel.find((s) => s.stage === stage)?.overall;
                  return (
                    <Table.Td key={c.id}>
                      {figure ? <FigureText figure={figure}>{(f) => f.people}</FigureText> : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
