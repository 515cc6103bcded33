import { Group, NumberInput, Radio, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { ENROLLMENT_MODES, type EnrollmentMode } from '#core/programs/program-settings';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';
import { enrollmentModeDescriptions, enrollmentModeLabels, sidesLabel } from './program-labels';

const toLevel = (value: string | number) => (value === '' ? null : Number(value));
const toCount = (value: string | number) => (value === '' ? 0 : Number(value));

function LevelRange({ form, side }: { form: ProgramForm; side: 'mentor' | 'mentee' }) {
  const path = `settings.eligibility.${side}` as const;
  const range = form.values.settings.eligibility[side];
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {sidesLabel(side, form.values.type)}
      </Text>
      <Group gap="sm" align="flex-start">
        <NumberInput
          label="Lowest level"
          placeholder="Any"
          min={0}
          max={20}
          w={140}
          value={range.minLevel ?? ''}
          error={form.errors[`${path}.minLevel`]}
          onChange={(value) => form.setFieldValue(`${path}.minLevel`, toLevel(value))}
        />
        <NumberInput
          label="Highest level"
          placeholder="Any"
          min={0}
          max={20}
          w={140}
          value={range.maxLevel ?? ''}
          error={form.errors[`${path}.maxLevel`]}
          onChange={(value) => form.setFieldValue(`${path}.maxLevel`, toLevel(value))}
        />
      </Group>
    </Stack>
  );
}

/** How people join, who may, and how pairs are balanced. */
export function ParticipationSection({ form }: { form: ProgramForm }) {
  const reverse = form.values.type === 'reverse';
  return (
    <FormSection title="Who takes part" description="How people join, and which levels each side draws from.">
      <Radio.Group
        label="How people join"
        value={form.values.settings.enrollmentMode}
        onChange={(value) => form.setFieldValue('settings.enrollmentMode', value as EnrollmentMode)}
      >
        <Stack gap="xs" mt="xs">
          {ENROLLMENT_MODES.map((mode) => (
            <Radio
              key={mode}
              value={mode}
              label={enrollmentModeLabels[mode]}
              description={enrollmentModeDescriptions[mode]}
            />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <LevelRange form={form} side="mentor" />
        <LevelRange form={form} side="mentee" />
      </SimpleGrid>
      <Group gap="sm" align="flex-start">
        <NumberInput
          label="Mentees per mentor"
          description="1 for one-to-one pairs."
          min={1}
          max={10}
          w={220}
          {...form.getInputProps('settings.mentorCapacity')}
          onChange={(value) => form.setFieldValue('settings.mentorCapacity', toCount(value))}
        />
        <NumberInput
          label="Seniority gap (levels)"
          description={
            reverse
              ? 'The mentor is at least this many levels below the mentee.'
              : 'The mentor is at least this many levels above the mentee.'
          }
          min={0}
          max={10}
          w={260}
          {...form.getInputProps('settings.seniorityGap')}
          onChange={(value) => form.setFieldValue('settings.seniorityGap', toCount(value))}
        />
      </Group>
      <Switch
        label="Avoid repeat pairs"
        description="Matching never proposes a mentor and mentee who were already paired in an earlier cohort. You can still pair them by hand, with a warning."
        checked={form.values.settings.avoidRepeatPairs}
        onChange={(event) => form.setFieldValue('settings.avoidRepeatPairs', event.currentTarget.checked)}
      />
    </FormSection>
  );
}
