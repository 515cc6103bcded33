import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Question, QuestionKind } from '#core/programs/intake-form';
import { asSlots, slotText, sortSlots } from '../application/availability-field';
import { asSkills } from '../application/skills-field';
import { meetingModeLabels } from '../question-labels';

function SkillChips({ label, items }: { label: string; items: { skill: string; level: number }[] }) {
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {items.length === 0 ? (
        <Text size="sm">None</Text>
      ) : (
        <Group gap={6}>
          {items.map((s) => (
            <Badge key={s.skill} component="span" variant="light" tt="none" color="teal">
              {s.skill} · level {s.level}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** How each kind of answer reads for a person (HR), not as raw data. */
const views: Record<QuestionKind, (value: unknown) => ReactNode> = {
  short_text: (v) => <Text>{String(v)}</Text>,
  long_text: (v) => <Text style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</Text>,
  single_choice: (v) => <Text>{String(v)}</Text>,
  multiple_choice: (v) => <Text>{(Array.isArray(v) ? v : []).join(', ')}</Text>,
  scale: (v) => <Text>{String(v)} out of 5</Text>,
  skills: (v) => {
    const skills = asSkills(v);
    return (
      <Stack gap="xs">
        <SkillChips label="Can teach" items={skills.canTeach} />
        <SkillChips label="Wants to learn" items={skills.wantToLearn} />
      </Stack>
    );
  },
  availability: (v) => (
    <List size="sm" spacing={2}>
      {sortSlots(asSlots(v)).map((slot) => (
        <List.Item key={slotText(slot)}>{slotText(slot)}</List.Item>
      ))}
    </List>
  ),
  meeting_mode: (v) => <Text>{meetingModeLabels[v as keyof typeof meetingModeLabels] ?? String(v)}</Text>,
  yes_no: (v) => <Text>{v === true ? 'Yes' : 'No'}</Text>,
};

export function AnswerView({ question, value }: { question: Question; value: unknown }) {
  if (value === undefined || value === null || value === '') return <Text c="dimmed">Not answered</Text>;
  return <>{views[question.kind](value)}</>;
}
