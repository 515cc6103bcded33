import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { type Day, dayLabels } from '../question-labels';

export interface Slot {
  day: Day;
  from: string;
  to: string;
}

const days = Object.keys(dayLabels) as Day[];

export function asSlots(value: unknown): Slot[] {
  return Array.isArray(value) ? (value as Slot[]) : [];
}

export function sortSlots(slots: Slot[]): Slot[] {
  return [...slots].sort((a, b) => days.indexOf(a.day) - days.indexOf(b.day) || a.from.localeCompare(b.from));
}

export function slotText(slot: Slot): string {
  return `${dayLabels[slot.day]} ${slot.from}–${slot.to}`;
}

interface AvailabilityFieldProps {
  value: unknown;
  onChange: (value: Slot[]) => void;
  readOnly: boolean;
  timeZone: string;
}

/** Weekly time slots in the person's own time zone: add a day with a from and to time, remove any. */
export function AvailabilityField({ value, onChange, readOnly, timeZone }: AvailabilityFieldProps) {
  const slots = sortSlots(asSlots(value));
  const [draft, setDraft] = useState<Slot>({ day: 'mon', from: '09:00', to: '10:00' });
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (!draft.from || !draft.to || draft.from >= draft.to)
      return setError('The slot must end after it starts.');
    if (slots.some((s) => s.day === draft.day && s.from === draft.from && s.to === draft.to))
      return setError('That slot is already on your list.');
    setError(null);
    onChange(sortSlots([...slots, draft]));
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Times are in your time zone: {timeZone}.
      </Text>
      {slots.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No time slots yet.
        </Text>
      ) : (
        <Stack
          gap={4}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Your weekly time slots"
        >
          {slots.map((slot) => (
            <Group key={slotText(slot)} component="li" gap="xs">
              <Text>{slotText(slot)}</Text>
              {readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove ${slotText(slot)}`}
                  onClick={() => onChange(slots.filter((s) => s !== slot))}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {readOnly ? null : (
        <Group gap="xs" align="flex-start">
          <Select
            label="Day"
            w={150}
            allowDeselect={false}
            data={days.map((day) => ({ value: day, label: dayLabels[day] }))}
            value={draft.day}
            onChange={(day) => day && setDraft({ ...draft, day: day as Day })}
          />
          <TextInput
            type="time"
            label="From"
            w={120}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label="To"
            w={120}
            value={draft.to}
            error={error}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Button variant="light" mt={24} leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            Add slot
          </Button>
        </Group>
      )}
    </Stack>
  );
}
