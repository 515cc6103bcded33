import { ActionIcon, Autocomplete, Button, Group, Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useSkillSearch } from './use-skills';

export interface SkillLevel {
  skill: string;
  level: number;
}

interface SkillListEditorProps {
  label: string;
  description: string;
  value: SkillLevel[];
  onChange: (value: SkillLevel[]) => void;
  readOnly: boolean;
}

const levels = ['1', '2', '3', '4', '5'];

/** One list of skills ("I can teach"): search the organisation's list or type a new one, each with a level. */
export function SkillListEditor({ label, description, value, onChange, readOnly }: SkillListEditorProps) {
  const [typed, setTyped] = useState('');
  const suggestions = useSkillSearch(typed);
  const taken = new Set(value.map((s) => s.skill.toLowerCase()));
  const add = (name: string) => {
    const skill = name.trim();
    if (!skill || taken.has(skill.toLowerCase())) return setTyped('');
    onChange([...value, { skill, level: 3 }]);
    setTyped('');
  };
  return (
    <Stack gap="xs">
      <Input.Label>{label}</Input.Label>
      <Text size="sm" c="dimmed">
        {description}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          None added yet.
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
          {value.map((item, index) => (
            <Group key={item.skill} component="li" gap="sm" wrap="nowrap" justify="space-between">
              <Text fw={500}>{item.skill}</Text>
              <Group gap="xs" wrap="nowrap">
                <SegmentedControl
                  size="xs"
                  data={levels}
                  value={String(item.level)}
                  disabled={readOnly}
                  aria-label={`Level for ${item.skill}, from 1 (beginner) to 5 (expert)`}
                  onChange={(level) =>
                    onChange(value.map((s, i) => (i === index ? { ...s, level: Number(level) } : s)))
                  }
                />
                {readOnly ? null : (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove ${item.skill}`}
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {readOnly ? null : (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Autocomplete
            aria-label={`Add a skill to “${label}”`}
            placeholder="Search or type a new skill"
            style={{ flex: 1 }}
            data={(suggestions.data ?? []).filter((name) => !taken.has(name.toLowerCase()))}
            value={typed}
            onChange={setTyped}
            onOptionSubmit={add}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add(typed);
              }
            }}
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => add(typed)}
            disabled={!typed.trim()}
          >
            Add
          </Button>
        </Group>
      )}
    </Stack>
  );
}
