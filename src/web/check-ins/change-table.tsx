import { Stack, Table, Text, Title } from '@mantine/core';
import type { ChangeFigures } from '#core/surveys/before-after-change';
import type { Figure } from '#core/surveys/suppression';
import { sidesLabel } from '../programs/program-labels';
import type { ChangeAggregate } from './check-in-types';
import { hiddenMessage } from './hidden-figure';

const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('en-GB')}` : n.toLocaleString('en-GB'));
const mean = (n: number) => n.toLocaleString('en-GB');

function ChangeRow({
  label,
  who,
  figure,
  minGroupSize,
}: {
  label: string;
  who: string;
  figure: Figure<ChangeFigures>;
  minGroupSize: number;
}) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {label}
        <Text size="xs" c="dimmed">
          {who}
        </Text>
      </Table.Th>
      {figure.suppressed ? (
        <Table.Td colSpan={5}>
          <Text size="sm" c="dimmed">
            {hiddenMessage(figure.reason, minGroupSize)}
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td>{figure.respondents}</Table.Td>
          <Table.Td>{mean(figure.meanBefore)}</Table.Td>
          <Table.Td>{mean(figure.meanAfter)}</Table.Td>
          <Table.Td>{signed(figure.meanChange)}</Table.Td>
          <Table.Td>
            {figure.improved}% / {figure.unchanged}% / {figure.declined}%
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

/**
 * The final review against the kickoff: for each repeated question, the people who answered both, the
 * average before and after, and the share who improved, stayed the same or declined.
 */
export function ChangeTable({ change, minGroupSize }: { change: ChangeAggregate[]; minGroupSize: number }) {
  return (
    <Stack gap="xs">
      <Title order={4} fz="h5" id="change-title">
        Before and after
      </Title>
      <Text size="sm" c="dimmed">
        The questions asked at the kickoff and again now, for the people who answered both.
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-labelledby="change-title" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Question</Table.Th>
              <Table.Th scope="col">People</Table.Th>
              <Table.Th scope="col">Before</Table.Th>
              <Table.Th scope="col">After</Table.Th>
              <Table.Th scope="col">Change</Table.Th>
              <Table.Th scope="col">Improved / same / declined</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {change.flatMap((item) => [
              <ChangeRow
                key={item.questionId}
                label={item.prompt}
                who={item.side === 'both' ? 'Everyone' : sidesLabel(item.side)}
                figure={item.overall}
                minGroupSize={minGroupSize}
              />,
              ...(item.bySide
                ? (['mentor', 'mentee'] as const).map((side) => (
                    <ChangeRow
                      key={`${item.questionId}-${side}`}
                      label={item.prompt}
                      who={sidesLabel(side)}
                      figure={item.bySide?.[side] as Figure<ChangeFigures>}
                      minGroupSize={minGroupSize}
                    />
                  ))
                : []),
            ])}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
