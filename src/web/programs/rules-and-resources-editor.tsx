import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { FormSection } from './form-section';
import { ListItemActions } from './list-item-actions';
import type { ProgramForm } from './program-form-types';

function GroundRules({ form }: { form: ProgramForm }) {
  const rules = form.values.settings.groundRules;
  return (
    <Stack gap="xs">
      <Title order={3} fz="h4">
        Ground rules
      </Title>
      <Text size="sm" c="dimmed">
        Every participant reads these before applying, and each pair agrees to them at kickoff.
      </Text>
      {rules.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules are plain strings kept in the form
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <Textarea
            aria-label={`Ground rule ${index + 1}`}
            rows={1}
            resize="vertical"
            style={{ flex: 1 }}
            {...form.getInputProps(`settings.groundRules.${index}`)}
          />
          <ListItemActions
            name={`ground rule ${index + 1}`}
            index={index}
            count={rules.length}
            onRemove={() => form.removeListItem('settings.groundRules', index)}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('settings.groundRules', '')}
        >
          Add a ground rule
        </Button>
      </Group>
    </Stack>
  );
}

function Resources({ form }: { form: ProgramForm }) {
  const resources = form.values.settings.resources;
  return (
    <Stack gap="xs">
      <Title order={3} fz="h4">
        Resources
      </Title>
      <Text size="sm" c="dimmed">
        Guides and links participants can open at any time.
      </Text>
      {resources.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: resources have no id; their values live in the form
        <Paper key={index} withBorder p="sm" radius="md" role="group" aria-label={`Resource ${index + 1}`}>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              <Group gap="sm" grow align="flex-start">
                <TextInput label="Title" {...form.getInputProps(`settings.resources.${index}.title`)} />
                <TextInput
                  label="Web address"
                  placeholder="https://"
                  {...form.getInputProps(`settings.resources.${index}.url`)}
                />
              </Group>
              <TextInput
                label="Description"
                {...form.getInputProps(`settings.resources.${index}.description`)}
              />
            </Stack>
            <ListItemActions
              name={`resource ${index + 1}`}
              index={index}
              count={resources.length}
              onRemove={() => form.removeListItem('settings.resources', index)}
            />
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('settings.resources', { title: '', url: '', description: '' })}
        >
          Add a resource
        </Button>
      </Group>
    </Stack>
  );
}

export function RulesAndResourcesEditor({ form }: { form: ProgramForm }) {
  return (
    <FormSection title="Ground rules and resources">
      <GroundRules form={form} />
      <Resources form={form} />
    </FormSection>
  );
}
