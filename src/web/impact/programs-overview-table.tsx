import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ObjectiveCounts, OverviewTotals } from '#core/impact/programs-overview';
import { formatDate } from '../common/format';
import { TableSkeleton } from '../common/table-skeleton';
import { PhaseBadge } from '../programs/phase-badge';
import { FigureCell, HealthCell, PercentBar } from './overview-cells';
import { type ProgramsOverview, programImpactPath } from './programs-overview-api';

const COLUMNS = [
  'Program',
  'Phase',
  'Sponsor',
  'Mentors matched',
  'Mentees matched',
  'Active pairs',
  'Planned meetings held',
  'Average meeting rating',
  'Objectives met',
  'Pair health',
] as const;

function Objectives({ counts }: { counts: ObjectiveCounts }) {
  if (counts.total === 0)
    return (
      <Text size="sm" c="dimmed">
        None set
      </Text>
    );
  if (counts.measured === 0)
    return (
      <Text size="sm" c="dimmed">
        {`None measured yet (${counts.total} set)`}
      </Text>
    );
  return (
    <PercentBar
      percent={Math.round((100 * counts.met) / counts.measured)}
      detail={`${counts.met} of ${counts.measured} measured, ${counts.total} set`}
    />
  );
}

/** The figures every row and the totals share, in column order after the program's own. */
function Figures({ row }: { row: Omit<OverviewTotals, 'programs' | 'health'> }) {
  return (
    <>
      <Table.Td>
        <FigureCell figure={row.matched.mentor}>{(f) => f.people}</FigureCell>
      </Table.Td>
      <Table.Td>
        <FigureCell figure={row.matched.mentee}>{(f) => f.people}</FigureCell>
      </Table.Td>
      <Table.Td>{row.activePairs}</Table.Td>
      <Table.Td>
        <FigureCell figure={row.meetings}>
          {(f) => <PercentBar percent={f.heldPercent} detail={`${f.held} of ${f.planned}`} />}
        </FigureCell>
      </Table.Td>
      <Table.Td>
        <FigureCell figure={row.pulse}>
          {(f) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{`${f.mean} of 5`}</Text>}
        </FigureCell>
      </Table.Td>
      <Table.Td>
        <Objectives counts={row.objectives} />
      </Table.Td>
    </>
  );
}

/** One row per program, each leading to its Impact tab, and the totals across them; a skeleton while loading. */
export function ProgramsOverviewTable({ overview }: { overview: ProgramsOverview | undefined }) {
  return (
    <Table.ScrollContainer minWidth={1150} type="native">
      <Table verticalSpacing="sm" aria-label="Impact across programs">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((label) => (
              <Table.Th key={label} scope="col">
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {overview ? (
          <>
            <Table.Tbody>
              {overview.programs.map((program) => (
                <Table.Tr key={program.id} data-testid={`overview-${program.id}`}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor component={Link} to={programImpactPath(program.id)} fw={600}>
                      {program.name}
                    </Anchor>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(program.startDate)} – {formatDate(program.endDate)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <PhaseBadge phase={program.phase} />
                  </Table.Td>
                  <Table.Td>{program.sponsorName ?? <Text c="dimmed">None yet</Text>}</Table.Td>
                  <Figures row={program} />
                  <Table.Td>
                    <HealthCell health={program.health} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="overview-totals" fw={600}>
                <Table.Th scope="row" colSpan={3}>
                  {`All ${overview.totals.programs} ${overview.totals.programs === 1 ? 'program' : 'programs'}`}
                </Table.Th>
                <Figures row={overview.totals} />
                <Table.Td>
                  <HealthCell health={overview.totals.health} />
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </>
        ) : (
          <TableSkeleton columns={COLUMNS.length} rows={4} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
