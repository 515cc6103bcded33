import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { MeasureChoice } from '#core/impact/impact-measures';
import { FormSection } from './form-section';
import { ListItemActions } from './list-item-actions';
import { ObjectiveMeasureSelect } from './objective-measure-select';
import type { ProgramForm } from './program-form-types';

const comparators = [
  { value: '>=', label: 'at least' },
  { value: '<=', label: 'at most' },
];
const units = ['%', 'people', 'pairs', 'meetings', 'points'];

interface ObjectivesEditorProps {
  form: ProgramForm;
  /** The impact report's figures an objective can be measured by. */
  measureChoices: readonly MeasureChoice[];
}

/** Measurable objectives: "leaders reporting higher digital confidence, at least 80 %". */
export function ObjectivesEditor({ form, measureChoices }: ObjectivesEditorProps) {
  const objectives = form.values.settings.objectives;
  return (
    <FormSection
      title="Objectives"
      description="What the program should achieve, each with a number you can check at the end."
    >
      {objectives.length === 0 ? (
        <Text size="sm" c="dimmed">
          No objectives yet. Add one so the sponsor can see whether the program worked.
        </Text>
      ) : null}
      {objectives.map((_, index) => {
        const path = `settings.objectives.${index}` as const;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: objectives have no id; their values live in the form
          <Paper key={index} withBorder p="sm" radius="md" aria-label={`Objective ${index + 1}`} role="group">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <TextInput
                  label={`Objective ${index + 1}`}
                  placeholder="Leaders feel more confident with digital tools"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${path}.text`)}
                />
                <ListItemActions
                  name={`objective ${index + 1}`}
                  index={index}
                  count={objectives.length}
                  onRemove={() => form.removeListItem('settings.objectives', index)}
                />
              </Group>
              <Group gap="sm" align="flex-start">
                <TextInput
                  label="Measured as"
                  placeholder="Leaders reporting higher digital confidence"
                  style={{ flex: 2, minWidth: 220 }}
                  {...form.getInputProps(`${path}.metric`)}
                />
                <Select
                  label="Target"
                  data={comparators}
                  allowDeselect={false}
                  w={120}
                  {...form.getInputProps(`${path}.comparator`)}
                />
                <NumberInput
                  label="Number"
                  aria-label={`Target number of objective ${index + 1}`}
                  min={0}
                  w={120}
                  {...form.getInputProps(`${path}.target`)}
                  onChange={(value) =>
                    form.setFieldValue(`${path}.target`, (value === '' ? '' : Number(value)) as number)
                  }
                />
                <Select
                  label="Unit"
                  data={units}
                  allowDeselect={false}
                  w={130}
                  {...form.getInputProps(`${path}.unit`)}
                />
              </Group>
              <ObjectiveMeasureSelect form={form} index={index} choices={measureChoices} />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            form.insertListItem('settings.objectives', {
              text: '',
              metric: '',
              comparator: '>=',
              target: 80,
              unit: '%',
              measure: null,
            })
          }
        >
          Add an objective
        </Button>
      </Group>
    </FormSection>
  );
}
