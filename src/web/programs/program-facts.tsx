import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../common/format';
import { enrollmentModeLabels, levelRangeText, sidesLabel, typeLabels } from './program-labels';
import type { Program } from './program-types';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  );
}

const comparatorWords = { '>=': 'at least', '<=': 'at most' } as const;

/** The settings HR checks at a glance. */
export function ProgramFacts({ program }: { program: Program }) {
  const { settings } = program;
  const approved = (side: 'mentor' | 'mentee') => program.counts[side].approved;
  return (
    <Stack gap="lg">
      {settings.purpose ? <Text>{settings.purpose}</Text> : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Fact label="Type">{typeLabels[program.type]}</Fact>
        <Fact label="Sponsor">
          {program.sponsor ? `${program.sponsor.name}, ${program.sponsor.title}` : 'None yet'}
        </Fact>
        <Fact label="Dates">
          {formatDate(program.startDate)} – {formatDate(program.endDate)}
        </Fact>
        <Fact label="Midpoint review">{formatDate(program.midpointDate)}</Fact>
        <Fact label="Meetings">
          Every {settings.cadence.everyWeeks === 1 ? 'week' : `${settings.cadence.everyWeeks} weeks`},{' '}
          {settings.cadence.minutes} minutes
        </Fact>
        <Fact label="How people join">{enrollmentModeLabels[settings.enrollmentMode]}</Fact>
        <Fact label={sidesLabel('mentor', program.type)}>
          {levelRangeText(settings.eligibility.mentor)} · {approved('mentor')} approved
        </Fact>
        <Fact label={sidesLabel('mentee', program.type)}>
          {levelRangeText(settings.eligibility.mentee)} · {approved('mentee')} approved
        </Fact>
        <Fact label="Topic plan">
          {settings.topicPlan.length} {settings.topicPlan.length === 1 ? 'topic' : 'topics'}
        </Fact>
        {program.clonedFrom ? (
          <Fact label="Cloned from">
            <Anchor component={Link} to={`/programs/${program.clonedFrom.id}`}>
              {program.clonedFrom.name}
            </Anchor>
          </Fact>
        ) : null}
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={2} fz="h4">
          Objectives
        </Title>
        {settings.objectives.length === 0 ? (
          <Text size="sm" c="dimmed">
            No objectives set.
          </Text>
        ) : (
          <List spacing={4}>
            {settings.objectives.map((o) => (
              <List.Item key={`${o.text}-${o.metric}`}>
                {o.text}{' '}
                <Text span c="dimmed">
                  ({o.metric}: {comparatorWords[o.comparator]} {o.target}
                  {o.unit === '%' ? '%' : ` ${o.unit}`})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
