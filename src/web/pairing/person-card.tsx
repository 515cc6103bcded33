import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { meetingModeLabels } from './pairing-labels';
import type { PersonCard } from './pairing-types';

function SkillChips({
  label,
  skills,
  color,
}: {
  label: string;
  skills: PersonCard['canTeach'];
  color: string;
}) {
  return (
    <Group gap={4} wrap="wrap">
      <Text size="xs" c="dimmed" w={70}>
        {label}
      </Text>
      {skills.length === 0 ? (
        <Text size="xs" c="dimmed">
          —
        </Text>
      ) : (
        skills.map((s) => (
          <Badge key={s.skill} size="sm" variant="light" color={color} tt="none">
            {s.skill}
          </Badge>
        ))
      )}
    </Group>
  );
}

/**
 * One person's relevant answers on the board. Sensitive answers never reach the web app; HR sees
 * only whether they were used, with consent.
 */
export function PersonCardView({ person, side }: { person: PersonCard; side: string }) {
  const facts = [person.department, person.location, person.level === null ? null : `Level ${person.level}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      style={{ flex: 1, minWidth: 220 }}
      data-testid={`person-${person.id}`}
    >
      <Stack gap={6}>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {side}
          </Text>
          <Text fw={600}>{person.name}</Text>
          <Text size="sm">{person.title}</Text>
          <Text size="xs" c="dimmed">
            {facts}
          </Text>
        </div>
        <SkillChips label="Teaches" skills={person.canTeach} color="teal" />
        <SkillChips label="Wants" skills={person.wantToLearn} color="blue" />
        <Text size="xs">
          {person.availabilityHours} h a week ·{' '}
          {person.meetingMode ? meetingModeLabels[person.meetingMode] : 'No meeting preference'}
        </Text>
        <Text size="xs" c="dimmed" data-testid="sensitive-use">
          Background: {person.sensitiveUse}
        </Text>
      </Stack>
    </Paper>
  );
}
