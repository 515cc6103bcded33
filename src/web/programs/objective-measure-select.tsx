import { Select } from '@mantine/core';
import type { MeasureChoice } from '#core/impact/impact-measures';
import type { ProgramForm } from './program-form-types';

interface ObjectiveMeasureSelectProps {
  form: ProgramForm;
  index: number;
  choices: readonly MeasureChoice[];
}

/**
 * Which figure of the impact report shows an objective. Picking one sets the objective's unit to the
 * figure's (a % cannot meet a target in people) and, when HR has not named the metric, names it.
 * A key the choices do not list (surveys still loading, or a question since removed) stays shown.
 */
export function ObjectiveMeasureSelect({ form, index, choices }: ObjectiveMeasureSelectProps) {
  const path = `settings.objectives.${index}` as const;
  const objective = form.values.settings.objectives[index];
  const current = objective?.measure ?? null;
  const data = choices.map((c) => ({ value: c.key, label: c.label }));
  if (current !== null && !choices.some((c) => c.key === current))
    data.push({ value: current, label: current });
  return (
    <Select
      label="Measured by"
      description="Pick the figure in the impact report that shows this objective; leave empty to judge it yourself."
      placeholder="Judged by you"
      aria-label={`Measured by, objective ${index + 1}`}
      data={data}
      searchable
      clearable
      nothingFoundMessage="No figure matches"
      {...form.getInputProps(`${path}.measure`)}
      value={current}
      onChange={(key) => {
        form.setFieldValue(`${path}.measure`, key);
        const choice = choices.find((c) => c.key === key);
        if (!choice || !objective) return;
        if (choice.unit !== objective.unit) form.setFieldValue(`${path}.unit`, choice.unit);
        if (!objective.metric.trim()) form.setFieldValue(`${path}.metric`, choice.label);
      }}
    />
  );
}
