import { isApiError } from '../api/api-error';

interface FormWithErrors {
  values: object;
  setFieldError: (path: never, error: string) => void;
}

function placeable(error: unknown, values: object): [string, string][] | null {
  if (!isApiError(error)) return null;
  const entries = Object.entries(error.fieldErrors);
  if (entries.length === 0 || !entries.every(([field]) => field in values)) return null;
  return entries;
}

/** Puts a validation error's messages under the fields they belong to. */
export function applyFieldErrors(form: FormWithErrors, error: unknown): void {
  if (!isApiError(error)) return;
  const setFieldError = form.setFieldError as (path: string, error: string) => void;
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (field in form.values) setFieldError(field, message);
  }
}

/**
 * Whether a form-level alert is needed for this error: yes, unless every message it carries was shown
 * under a field of the form.
 */
export function needsAlert(error: unknown, values: object): boolean {
  return error !== null && error !== undefined && placeable(error, values) === null;
}
