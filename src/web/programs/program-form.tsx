import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MeasureChoice } from '#core/impact/impact-measures';
import { isApiError, messageOf } from '../api/api-error';
import { BasicsSection } from './basics-section';
import { ObjectivesEditor } from './objectives-editor';
import { ParticipationSection } from './participation-section';
import type { ProgramForm as Form } from './program-form-types';
import { RulesAndResourcesEditor } from './rules-and-resources-editor';
import { ScheduleSection } from './schedule-section';
import { TopicPlanEditor } from './topic-plan-editor';

/** Top-level API fields that the form shows under an input (the rest go to the alert). */
const placedFields: Record<string, string> = {
  name: 'name',
  type: 'type',
  sponsorPersonId: 'sponsor',
  startDate: 'startDate',
  endDate: 'endDate',
  midpointDate: 'midpointDate',
};

/**
 * Puts the server's field errors under their inputs; returns what could not be placed. Settings
 * errors carry their whole path (settings.cadence.everyWeeks), which is the form's own path too.
 */
export function placeServerErrors(form: Form, error: unknown): string[] {
  if (!isApiError(error)) return [];
  const unplaced: string[] = [];
  const placed = new Set<string>();
  for (const issue of error.issues) {
    const [first] = issue.path;
    const path = first === 'settings' ? issue.path.join('.') : placedFields[String(first)];
    if (path && !placed.has(path)) {
      form.setFieldError(path, issue.message);
      placed.add(path);
    } else if (!path) unplaced.push(issue.message);
  }
  return unplaced;
}

interface ProgramFormProps {
  form: Form;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  unplacedErrors: string[];
  onSubmit: () => void;
  cancel: ReactNode;
  /** What an objective can be measured by (for a new program: with the default surveys). */
  measureChoices: readonly MeasureChoice[];
}

/** The one program form, for a new program and for editing one. */
export function ProgramForm({
  form,
  submitLabel,
  pending,
  error,
  unplacedErrors,
  onSubmit,
  cancel,
  measureChoices,
}: ProgramFormProps) {
  const hasFieldErrors = Object.keys(form.errors).length > 0;
  const alert =
    error && (unplacedErrors.length > 0 || !isApiError(error) || Object.keys(error.fieldErrors).length === 0);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="lg">
        <BasicsSection form={form} />
        <ScheduleSection form={form} />
        <ObjectivesEditor form={form} measureChoices={measureChoices} />
        <ParticipationSection form={form} />
        <TopicPlanEditor form={form} />
        <RulesAndResourcesEditor form={form} />
        {alert ? (
          <Alert color="red" variant="light" role="alert" title="The program was not saved">
            {messageOf(error)}
            {unplacedErrors.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        ) : null}
        {hasFieldErrors && !alert ? (
          <Alert color="red" variant="light" role="alert">
            Some fields need another look; they are marked in red above.
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
