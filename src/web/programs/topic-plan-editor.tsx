import { Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { FormSection } from './form-section';
import { ListItemActions } from './list-item-actions';
import type { ProgramForm } from './program-form-types';

/** The ordered meeting topics, each with a short guide for the pair. */
export function TopicPlanEditor({ form }: { form: ProgramForm }) {
  const topics = form.values.settings.topicPlan;
  return (
    <FormSection
      title="Topic plan"
      description="A suggested topic for each meeting, in order. Pairs can adapt it; the junior leads."
    >
      {topics.length === 0 ? (
        <Text size="sm" c="dimmed">
          No topics yet. Pairs will choose their own.
        </Text>
      ) : null}
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {topics.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: topics have no id; their values live in the form
          <Paper key={index} component="li" withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <TextInput
                  label={`Topic ${index + 1}`}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`settings.topicPlan.${index}.title`)}
                />
                <ListItemActions
                  name={`topic ${index + 1}`}
                  index={index}
                  count={topics.length}
                  onMove={(from, to) => form.reorderListItem('settings.topicPlan', { from, to })}
                  onRemove={() => form.removeListItem('settings.topicPlan', index)}
                />
              </Group>
              <Textarea
                label="Guide"
                aria-label={`Guide for topic ${index + 1}`}
                rows={2}
                resize="vertical"
                {...form.getInputProps(`settings.topicPlan.${index}.guide`)}
              />
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('settings.topicPlan', { title: '', guide: '' })}
        >
          Add a topic
        </Button>
      </Group>
    </FormSection>
  );
}
