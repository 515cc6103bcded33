import { ActionIcon, Button, Group, Input, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

interface TextListEditorProps {
  label: string;
  /** The label is only read out when a heading right above already says it. */
  labelHidden?: boolean;
  description?: string;
  /** What one item is called, for its label and buttons: "ground rule" → "Ground rule 2". */
  itemName: string;
  addLabel: string;
  value: string[];
  onChange: (next: string[]) => void;
  /** Messages by item index ('2'). */
  errors: Record<string, string>;
}

/** An editable list of short sentences: ground rules, or what one side wants to learn. */
export function TextListEditor({
  label,
  labelHidden = false,
  description,
  itemName,
  addLabel,
  value,
  onChange,
  errors,
}: TextListEditorProps) {
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <div>
        {labelHidden ? null : <Input.Label component="div">{label}</Input.Label>}
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </div>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          None yet.
        </Text>
      ) : null}
      {value.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are plain text with no id of their own
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`${itemName.charAt(0).toUpperCase()}${itemName.slice(1)} ${index + 1}`}
            style={{ flex: 1 }}
            value={item}
            onChange={(event) => {
              const text = event.currentTarget.value;
              onChange(value.map((old, i) => (i === index ? text : old)));
            }}
            error={errors[String(index)]}
          />
          <Tooltip label="Remove">
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove ${itemName} ${index + 1}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...value, ''])}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
