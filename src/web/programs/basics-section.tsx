import { Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { PROGRAM_TYPES, type ProgramType } from '#core/programs/program-settings';
import { FormSection } from './form-section';
import { PersonPicker } from './person-picker';
import type { ProgramForm } from './program-form-types';
import { typeDescriptions, typeLabels } from './program-labels';

/** Name, type, sponsor and purpose: what the sponsor announces at the town hall. */
export function BasicsSection({ form }: { form: ProgramForm }) {
  return (
    <FormSection title="The program" description="What it is called, who sponsors it, and why it exists.">
      <TextInput
        label="Name"
        placeholder="Reverse Mentoring 2026"
        withAsterisk
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Radio.Group
        label="Type"
        value={form.values.type}
        onChange={(value) => form.setFieldValue('type', value as ProgramType)}
        error={form.errors.type}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
          {PROGRAM_TYPES.map((type) => (
            <Radio.Card key={type} value={type} p="sm" radius="md">
              <Stack gap={2}>
                <Text fw={600}>{typeLabels[type]}</Text>
                <Text size="sm" c="dimmed">
                  {typeDescriptions[type]}
                </Text>
              </Stack>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <PersonPicker
        label="Sponsor"
        description="Usually the CEO or an executive who endorses the program. You can add one later."
        value={form.values.sponsor}
        onChange={(person) => form.setFieldValue('sponsor', person)}
        error={form.errors.sponsor as string | undefined}
      />
      <Textarea
        label="Purpose"
        description="One or two sentences participants will read."
        rows={2}
        resize="vertical"
        {...form.getInputProps('settings.purpose')}
      />
    </FormSection>
  );
}
