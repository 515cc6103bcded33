import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { messageOf } from '../api/api-error';
import type { EmploymentStatus, Person } from '../api/types';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { ManagerSelect } from './manager-select';
import { TimeZoneSelect } from './time-zone-select';

export interface PersonValues {
  email: string;
  name: string;
  title: string;
  level: number | string;
  department: string;
  managerId: string | null;
  location: string;
  timeZone: string;
  hireDate: string;
  employmentStatus: EmploymentStatus;
  endDate: string;
}

/** What the API takes: empty dates and levels become null. */
export function toPayload(values: PersonValues) {
  return {
    ...values,
    level: values.level === '' ? null : Number(values.level),
    hireDate: values.hireDate || null,
    endDate: values.endDate || null,
  };
}

export function initialValues(person?: Person): PersonValues {
  return {
    email: person?.email ?? '',
    name: person?.name ?? '',
    title: person?.title ?? '',
    level: person?.level ?? '',
    department: person?.department ?? '',
    managerId: person?.managerId ?? null,
    location: person?.location ?? '',
    timeZone: person?.timeZone ?? 'UTC',
    hireDate: person?.hireDate ?? '',
    employmentStatus: person?.employmentStatus ?? 'active',
    endDate: person?.endDate ?? '',
  };
}

interface PersonFormProps {
  person?: Person;
  saving: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: PersonValues) => Promise<unknown>;
  onCancel: () => void;
}

/** Every field of a person; the server's field-level problems appear under their fields. */
export function PersonForm({ person, saving, error, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const form = useForm<PersonValues>({
    initialValues: initialValues(person),
    validate: {
      email: (v) => (v.trim() ? null : 'Enter an email address'),
      name: (v) => (v.trim() ? null : 'Enter a name'),
    },
  });
  const submit = form.onSubmit((values) => onSubmit(values).catch((e: unknown) => applyFieldErrors(form, e)));
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md" maw={720}>
        {needsAlert(error, form.values) ? (
          <Alert color="red" variant="light" role="alert">
            {messageOf(error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Email" type="email" withAsterisk {...form.getInputProps('email')} />
          <TextInput label="Name" withAsterisk {...form.getInputProps('name')} />
          <TextInput label="Title" {...form.getInputProps('title')} />
          <NumberInput
            label="Level"
            description="1 (entry) to 20"
            min={1}
            max={20}
            allowDecimal={false}
            {...form.getInputProps('level')}
          />
          <TextInput label="Department" {...form.getInputProps('department')} />
          <ManagerSelect
            value={form.values.managerId}
            currentName={person?.managerName ?? null}
            {...(person ? { excludeId: person.id } : {})}
            error={form.errors.managerId}
            onChange={(id) => form.setFieldValue('managerId', id)}
          />
          <TextInput label="Location" {...form.getInputProps('location')} />
          <TimeZoneSelect
            value={form.values.timeZone}
            error={form.errors.timeZone}
            onChange={(zone) => form.setFieldValue('timeZone', zone)}
          />
          <TextInput label="Hire date" type="date" {...form.getInputProps('hireDate')} />
          <Select
            label="Employment status"
            data={[
              { value: 'active', label: 'Active' },
              { value: 'on_leave', label: 'On leave' },
              { value: 'left', label: 'Left' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('employmentStatus')}
          />
          <TextInput
            label="End date"
            type="date"
            description="Required when the status is Left"
            {...form.getInputProps('endDate')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
