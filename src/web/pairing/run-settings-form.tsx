import {
  Button,
  Checkbox,
  Collapse,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Slider,
  Stack,
  Text,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { criterionLabel, defaultWeights, objectiveLabels } from './pairing-labels';
import type { Objective, RunRules, RunSettings } from './pairing-types';

interface RunSettingsFormProps {
  weights?: Record<string, number>;
  rules?: Record<string, unknown>;
  submitLabel: string;
  /** Open the weights and rules at once (a what-if re-run is about them). */
  startOpen?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (settings: RunSettings) => void;
}

function readRules(
  rules: Record<string, unknown> = {},
): Required<Pick<RunRules, 'notSameDepartment' | 'minimumScore' | 'objective'>> {
  return {
    notSameDepartment: rules.notSameDepartment === true,
    minimumScore: typeof rules.minimumScore === 'number' ? rules.minimumScore : 0,
    objective: rules.objective === 'highest-total' ? 'highest-total' : 'most-pairs',
  };
}

/** "Run matching" with, behind a disclosure, the weight of each criterion and the rules. */
export function RunSettingsForm(props: RunSettingsFormProps) {
  const [open, setOpen] = useState(props.startOpen ?? false);
  const [weights, setWeights] = useState<Record<string, number>>({ ...defaultWeights, ...props.weights });
  const [rules, setRules] = useState(() => readRules(props.rules));
  const [touched, setTouched] = useState(false);
  const submit = () => props.onSubmit(touched ? { weights, rules } : {});
  return (
    <Stack gap="md">
      <Button
        variant="subtle"
        w="fit-content"
        px={0}
        aria-expanded={open}
        rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        onClick={() => setOpen((v) => !v)}
      >
        Adjust weights and rules
      </Button>
      <Collapse expanded={open}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A higher weight makes a criterion count for more of the score. Weights are relative: only how they
            compare with each other matters.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {Object.entries(weights).map(([key, value]) => (
              <div key={key}>
                <Text size="sm" id={`weight-${key}`}>
                  {criterionLabel(key)}: {value}
                </Text>
                <Slider
                  min={0}
                  max={100}
                  value={value}
                  thumbLabel={`Weight of ${criterionLabel(key)}`}
                  onChange={(next) => {
                    setTouched(true);
                    setWeights((w) => ({ ...w, [key]: next }));
                  }}
                />
              </div>
            ))}
          </SimpleGrid>
          <Checkbox
            label="Never pair two people from the same department"
            checked={rules.notSameDepartment}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              setTouched(true);
              setRules((r) => ({ ...r, notSameDepartment: checked }));
            }}
          />
          <Group gap="lg" align="flex-end">
            <NumberInput
              label="Minimum score"
              description="Pairs scoring lower are not proposed."
              min={0}
              max={100}
              w={200}
              value={rules.minimumScore}
              onChange={(value) => {
                setTouched(true);
                setRules((r) => ({ ...r, minimumScore: typeof value === 'number' ? value : 0 }));
              }}
            />
            <div>
              <Text size="sm" fw={500} mb={4} id="objective-label">
                Aim for
              </Text>
              <SegmentedControl
                aria-labelledby="objective-label"
                value={rules.objective}
                data={Object.entries(objectiveLabels).map(([value, label]) => ({ value, label }))}
                onChange={(value) => {
                  setTouched(true);
                  setRules((r) => ({ ...r, objective: value as Objective }));
                }}
              />
            </div>
          </Group>
        </Stack>
      </Collapse>
      {props.error ? <ErrorAlert error={props.error} /> : null}
      <Group>
        <Button loading={props.pending} onClick={submit}>
          {props.submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
