import { Group, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';

const asNumber = (value: string | number) => (value === '' ? value : Number(value));

/** Dates and meeting rhythm. The end and the midpoint follow the start until they are edited. */
export function ScheduleSection({ form }: { form: ProgramForm }) {
  return (
    <FormSection
      title="Dates and rhythm"
      description="Programs usually run six months, with a review halfway and a meeting every two weeks."
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput type="date" label="Starts on" withAsterisk {...form.getInputProps('startDate')} />
        <TextInput
          type="date"
          label="Midpoint review on"
          withAsterisk
          {...form.getInputProps('midpointDate')}
        />
        <TextInput type="date" label="Ends on" withAsterisk {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <Group gap="sm" align="flex-start">
        <NumberInput
          label="Pairs meet every"
          suffix={form.values.settings.cadence.everyWeeks === 1 ? ' week' : ' weeks'}
          min={1}
          max={8}
          w={180}
          {...form.getInputProps('settings.cadence.everyWeeks')}
          onChange={(value) => form.setFieldValue('settings.cadence.everyWeeks', asNumber(value) as number)}
        />
        <NumberInput
          label="For"
          suffix=" minutes"
          min={15}
          max={240}
          step={15}
          w={180}
          {...form.getInputProps('settings.cadence.minutes')}
          onChange={(value) => form.setFieldValue('settings.cadence.minutes', asNumber(value) as number)}
        />
      </Group>
    </FormSection>
  );
}
