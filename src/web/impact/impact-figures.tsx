import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { LearnedBySide } from '#core/impact/learning-exchange';
import type { ObjectiveStatus } from '#core/impact/objective-results';
import type { FunnelStage, FunnelStageFigure } from '#core/impact/participation-funnel';
import { QuietEmpty } from '../home/quiet-empty';
import { ParticipationChart } from './charts/participation-chart';
import { RetentionChart } from './charts/retention-chart';
import { DiversitySection } from './diversity-section';
import { FigureText } from './figure-text';
import type { ProgramImpact } from './impact-types';

export const STAGE_LABELS: Record<FunnelStage, string> = {
  invited: 'Invited or signed up',
  applied: 'Applied',
  approved: 'Approved',
  matched: 'Matched',
  active: 'Held a meeting',
  completed: 'Completed',
};
const STATUS: Record<ObjectiveStatus, { label: string; color: string }> = {
  met: { label: 'Met', color: 'teal' },
  not_met: { label: 'Not met', color: 'orange' },
  not_measurable_yet: { label: 'Not measurable yet', color: 'gray' },
  hidden: { label: 'Hidden', color: 'gray' },
};
const SIDES = [
  { side: 'mentor', label: 'Mentors' },
  { side: 'mentee', label: 'Mentees' },
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={3} fz="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Each stage as a bar per side, against the side's first stage. */
function Funnel({ stages }: { stages: FunnelStageFigure[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {SIDES.map(({ side, label }) => {
        const first = stages[0]?.bySide[side];
        const top = first && !first.suppressed ? Math.max(1, first.people) : 1;
        return (
          <Stack key={side} gap="xs" role="group" aria-label={`${label} by stage`}>
            <Text fw={600}>{label}</Text>
            {stages.map(({ stage, bySide }) => (
              <Stack key={stage} gap={2} data-testid={`funnel-${side}-${stage}`}>
                <Text size="sm">{STAGE_LABELS[stage]}</Text>
                <FigureText figure={bySide[side]}>
                  {(f) => (
                    <Group gap="sm" wrap="nowrap">
                      <Progress value={(100 * f.people) / top} style={{ flex: 1 }} aria-hidden />
                      <Text size="sm" w={40} ta="right">
                        {f.people}
                      </Text>
                    </Group>
                  )}
                </FigureText>
              </Stack>
            ))}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Paper>
  );
}

function Engagement({ engagement }: { engagement: ProgramImpact['engagement'] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <Stat label="Planned meetings held">
        <FigureText figure={engagement.meetings}>
          {(f) => <Text fw={600}>{`${f.heldPercent}% (${f.held} of ${f.planned})`}</Text>}
        </FigureText>
      </Stat>
      <Stat label="Pairs with an agreement">
        <FigureText figure={engagement.agreements}>
          {(f) => <Text fw={600}>{`${f.agreedPercent}% (${f.agreed} of ${f.pairs})`}</Text>}
        </FigureText>
      </Stat>
      <Stat label="Average meeting rating">
        <FigureText figure={engagement.pulse.overall}>
          {(f) => <Text fw={600}>{`${f.mean} of 5`}</Text>}
        </FigureText>
      </Stat>
      <Stat label="Goals completed">
        <FigureText figure={engagement.goals.overall}>
          {(f) => <Text fw={600}>{`${f.completedPercent}% (${f.completed} of ${f.goals})`}</Text>}
        </FigureText>
      </Stat>
    </SimpleGrid>
  );
}

function Learned({ title, learned }: { title: string; learned: LearnedBySide }) {
  return (
    <Stack gap="xs" role="group" aria-label={title}>
      <Text fw={600}>{title}</Text>
      <FigureText figure={learned.learners}>
        {(f) => <Text size="sm">{`${f.learners} people learned something`}</Text>}
      </FigureText>
      {learned.skills.length === 0 ? (
        <Text size="sm" c="dimmed">
          No skill learned by enough people to show yet.
        </Text>
      ) : (
        <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {learned.skills.map((s) => (
            <Text component="li" size="sm" key={s.skill}>
              {`${s.skill}: ${s.learners} learners, ${s.lessons} lessons`}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Objectives({ objectives }: { objectives: ProgramImpact['objectives'] }) {
  if (objectives.length === 0) return <Text size="sm">This program has no objectives yet.</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Objective</Table.Th>
          <Table.Th>Result</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {objectives.map((o) => (
          <Table.Tr key={`${o.text}|${o.metric}`} data-testid="objective">
            <Table.Td>{o.text}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Badge variant="light" color={STATUS[o.status].color}>
                  {STATUS[o.status].label}
                </Badge>
                <Text size="sm" c="dimmed">
                  {o.message}
                </Text>
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The figures of a program's impact, as HR's Impact tab and the sponsor's page show them: who took
 * part at each stage and month by month, how the pairs kept at it, what each side learned, the
 * objectives, retention against comparable colleagues and the diversity of participation (its own
 * request). Hidden figures show the server's reason, never a number; charts leave gaps for them.
 */
export function ImpactFigures({ impact }: { impact: ProgramImpact }) {
  const invited = impact.funnel.now[0]?.overall;
  if (invited && !invited.suppressed && invited.people === 0)
    return (
      <QuietEmpty icon={<IconChartBar size={20} aria-hidden />} title="Nothing to measure yet">
        Once people are invited and pairs start meeting, the program’s figures appear here.
      </QuietEmpty>
    );
  return (
    <Stack gap="xl">
      <Section id="impact-funnel" title="Participation">
        <Funnel stages={impact.funnel.now} />
        <ParticipationChart
          byMonth={impact.funnel.byMonth}
          minGroupSize={impact.minGroupSize}
          startDate={impact.program.startDate}
        />
      </Section>
      <Section id="impact-engagement" title="Engagement">
        <Engagement engagement={impact.engagement} />
      </Section>
      <Section id="impact-learning" title="Learning both ways">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Learned title="Mentees learned" learned={impact.learning.learnedBy.mentee} />
          <Learned title="Mentors learned" learned={impact.learning.learnedBy.mentor} />
        </SimpleGrid>
      </Section>
      <Section id="impact-objectives" title="Objectives">
        <Objectives objectives={impact.objectives} />
      </Section>
      <Section id="impact-retention" title="Retention">
        <RetentionChart retention={impact.retention} />
      </Section>
      <Section id="impact-diversity" title="Diversity of participation">
        <DiversitySection programId={impact.program.id} />
      </Section>
    </Stack>
  );
}
