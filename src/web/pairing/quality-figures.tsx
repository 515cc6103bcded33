import { Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { percent, plural, sentence } from './pairing-labels';
import type { Quality } from './pairing-types';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** The pairs from earlier cohorts this run did not propose again (the `repeat-pair` rule), in words. */
export function repeatPairsAvoided(quality: Quality): string | null {
  const rule = quality.hardRulesChecked.find((r) => r.rule === 'repeat-pair');
  if (!rule || rule.pairsExcluded === 0) return null;
  const n = rule.pairsExcluded;
  return `Repeat pairs avoided: ${plural(n, 'pair')} from earlier cohorts ${n === 1 ? 'was' : 'were'} not proposed again.`;
}

/** How good this run is, in the few numbers HR asks about first. */
export function QualityFigures({ quality }: { quality: Quality }) {
  const repeats = repeatPairsAvoided(quality);
  return (
    <Stack gap="sm" role="region" aria-label="Quality of this run">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        <Figure label="Pairs" value={String(quality.pairs)} />
        <Figure label="Mentors matched" value={percent(quality.mentorsMatchedShare)} />
        <Figure label="Mentees matched" value={percent(quality.menteesMatchedShare)} />
        <Figure label="Average score" value={String(Math.round(quality.averageScore))} />
        <Figure label="Lowest score" value={String(Math.round(quality.lowestScore))} />
        <Figure label="Across departments" value={percent(quality.crossDepartmentShare)} />
      </SimpleGrid>
      {quality.hardRulesChecked.length > 0 ? (
        <Group gap="xs" align="flex-start">
          <Text size="sm" fw={500}>
            Rules checked:
          </Text>
          <List size="sm" spacing={2} style={{ flex: 1 }}>
            {quality.hardRulesChecked.map((rule) => (
              <List.Item key={rule.rule}>
                {sentence(rule.label)} — {plural(rule.pairsExcluded, 'possible pair')} excluded
              </List.Item>
            ))}
          </List>
        </Group>
      ) : null}
      {repeats ? <Text size="sm">{repeats}</Text> : null}
      <Text size="sm" c="dimmed">
        {plural(quality.departmentsInvolved, 'department')} involved.
      </Text>
    </Stack>
  );
}
