import { decodeCsvBytes, parseCsv } from '#core/people-import/csv';
import {
  type ValidationContext,
  type ValidPerson,
  validatePeople,
} from '#core/people-import/validate-people';
import type { Result } from '#core/result';

/** A people file as uploaded (bytes) or read (text), all the way to checked people or a report. */
export function readPeopleFile(file: string | Uint8Array, context: ValidationContext): Result<ValidPerson[]> {
  const text = typeof file === 'string' ? { ok: true as const, value: file } : decodeCsvBytes(file);
  if (!text.ok) return text;
  const table = parseCsv(text.value);
  if (!table.ok) return table;
  return validatePeople(table.value, context);
}
