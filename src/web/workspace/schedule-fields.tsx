import { Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { memo } from 'react';
import { TimeZoneSelect } from '../people/time-zone-select';
import { modeLabels, weekdayNames } from './schedule-labels';
import type { MeetingMode, MeetingSchedule, Weekday } from './workspace-types';

const weekdays = (Object.entries(weekdayNames) as [string, string][]).map(([value, label]) => ({
  value,
  label,
}));
const modes = Object.keys(modeLabels) as MeetingMode[];

/** Keys of MeetingSchedule that have an input here (the server's issue paths below `schedule.`). */
export const scheduleFields = [
  'weekday',
  'time',
  'timeZone',
  'durationMinutes',
  'everyWeeks',
  'startsOn',
  'mode',
  'place',
  'videoUrl',
];

interface ScheduleFieldsProps {
  value: MeetingSchedule;
  onChange: (next: MeetingSchedule) => void;
  /** Messages by field name ('time', 'timeZone', …). */
  errors: Record<string, string>;
  /** The cadence change starts from its own date, so it hides "first meeting on or after". */
  withStartsOn?: boolean;
}

const toNumber = (value: string | number, fallback: number) => {
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
};

/** When, how often, how long and where the pair meets. */
export const ScheduleFields = memo(function ScheduleFields({
  value,
  onChange,
  errors,
  withStartsOn = true,
}: ScheduleFieldsProps) {
  const set = <K extends keyof MeetingSchedule>(key: K, next: MeetingSchedule[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label="Day of the week"
          data={weekdays}
          value={String(value.weekday)}
          allowDeselect={false}
          onChange={(day) => set('weekday', Number(day ?? value.weekday) as Weekday)}
          error={errors.weekday}
        />
        <TextInput
          type="time"
          label="Time"
          value={value.time}
          onChange={(event) => set('time', event.currentTarget.value)}
          error={errors.time}
        />
        <TimeZoneSelect
          value={value.timeZone}
          onChange={(zone) => set('timeZone', zone)}
          error={errors.timeZone}
        />
      </SimpleGrid>
      <Group gap="sm" align="flex-start">
        <NumberInput
          label="Length"
          suffix=" minutes"
          min={15}
          max={240}
          step={15}
          w={170}
          value={value.durationMinutes}
          onChange={(n) => set('durationMinutes', toNumber(n, value.durationMinutes))}
          error={errors.durationMinutes}
        />
        <NumberInput
          label="Meet every"
          suffix={value.everyWeeks === 1 ? ' week' : ' weeks'}
          min={1}
          max={8}
          w={170}
          value={value.everyWeeks}
          onChange={(n) => set('everyWeeks', toNumber(n, value.everyWeeks))}
          error={errors.everyWeeks}
        />
        {withStartsOn ? (
          <TextInput
            type="date"
            label="First meeting on or after"
            w={210}
            value={value.startsOn}
            onChange={(event) => set('startsOn', event.currentTarget.value)}
            error={errors.startsOn}
          />
        ) : null}
      </Group>
      <Radio.Group
        label="How you meet"
        value={value.mode}
        onChange={(mode) => set('mode', mode as MeetingMode)}
        error={errors.mode}
      >
        <Group gap="lg" mt={6}>
          {modes.map((mode) => (
            <Radio key={mode} value={mode} label={modeLabels[mode]} />
          ))}
        </Group>
      </Radio.Group>
      {value.mode === 'in_person' ? (
        <TextInput
          label="Place"
          description="A room or an address both of you can reach."
          value={value.place}
          onChange={(event) => set('place', event.currentTarget.value)}
          error={errors.place}
        />
      ) : null}
      {value.mode === 'video' ? (
        <TextInput
          label="Video link"
          description="Optional: a standing meeting link (https://…) goes into the calendar invitation."
          placeholder="https://"
          value={value.videoUrl}
          onChange={(event) => set('videoUrl', event.currentTarget.value)}
          error={errors.videoUrl}
        />
      ) : null}
      {value.mode === 'phone' ? (
        <Text size="sm" c="dimmed">
          Agree between you who calls whom; the invitation says it is a phone call.
        </Text>
      ) : null}
    </Stack>
  );
});
