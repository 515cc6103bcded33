import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { PREFER_NOT_TO_SAY } from '#core/programs/intake-form';

interface OptionsEditorProps {
  value: string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
  sensitive: boolean;
}

/** The choices of a choice question; "Prefer not to say" is added by itself to sensitive ones. */
export function OptionsEditor({ value, onChange, error, sensitive }: OptionsEditorProps) {
  const own = value.filter((o) => o !== PREFER_NOT_TO_SAY);
  return (
    <Input.Wrapper
      label="Choices"
      description={
        sensitive
          ? `At least two. “${PREFER_NOT_TO_SAY}” is added automatically.`
          : 'At least two, each different.'
      }
      error={error}
      labelElement="div"
    >
      <Stack gap="xs" mt={6}>
        {own.map((option, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: choices are edited in place and may repeat while typing
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Choice ${index + 1}`}
              style={{ flex: 1 }}
              value={option}
              onChange={(e) => onChange(own.map((o, i) => (i === index ? e.currentTarget.value : o)))}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove choice ${index + 1}`}
              onClick={() => onChange(own.filter((_, i) => i !== index))}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...own, ''])}
          >
            Add a choice
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
