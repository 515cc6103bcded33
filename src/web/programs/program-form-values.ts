import { z } from 'zod';
import {
  type ProgramSettings,
  type ProgramType,
  programSettingsSchema,
} from '#core/programs/program-settings';
import type { Program, ProgramDefaults, ProgramInput } from './program-types';
import type { PersonOption } from './use-person-search';

/** What the program form edits: the API's input, with the sponsor kept whole for the picker. */
export interface ProgramFormValues {
  name: string;
  type: ProgramType;
  sponsor: PersonOption | null;
  startDate: string;
  endDate: string;
  midpointDate: string;
  settings: ProgramSettings;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a date.');

const formSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the program a name.').max(200),
    startDate: isoDate,
    endDate: isoDate,
    midpointDate: isoDate,
    settings: programSettingsSchema,
  })
  .superRefine((v, ctx) => {
    if (v.endDate <= v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end must come after the start.' });
    if (v.midpointDate <= v.startDate || v.midpointDate >= v.endDate)
      ctx.addIssue({
        code: 'custom',
        path: ['midpointDate'],
        message: 'The midpoint review falls between the start and the end.',
      });
  });

/** Client-side checks with the same schema the server uses; errors keyed by form path ("settings.objectives.0.text"). */
export function validateProgramForm(values: ProgramFormValues): Record<string, string> {
  const parsed = formSchema.safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

export function toProgramInput(values: ProgramFormValues): ProgramInput {
  return {
    name: values.name.trim(),
    type: values.type,
    sponsorPersonId: values.sponsor?.id ?? null,
    startDate: values.startDate,
    endDate: values.endDate,
    midpointDate: values.midpointDate,
    settings: values.settings,
  };
}

export function valuesFromProgram(program: Program): ProgramFormValues {
  return {
    name: program.name,
    type: program.type,
    sponsor: program.sponsor,
    startDate: program.startDate,
    endDate: program.endDate,
    midpointDate: program.midpointDate,
    settings: program.settings,
  };
}

/** The fields that follow the defaults (type and start date) until the person edits them. */
type Followed = 'endDate' | 'midpointDate' | `settings.${keyof ProgramSettings}`;
const SETTINGS_KEYS = Object.keys(programSettingsSchema.shape) as (keyof ProgramSettings)[];
const FOLLOWED: Followed[] = [
  'endDate',
  'midpointDate',
  ...SETTINGS_KEYS.map((k) => `settings.${k}` as const),
];

function read(source: ProgramFormValues | ProgramDefaults, field: Followed): unknown {
  if (field === 'endDate' || field === 'midpointDate') return source[field];
  const key = field.slice('settings.'.length) as keyof ProgramSettings;
  return source.settings[key];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Fresh defaults replace every followed field the person has not changed since the last defaults
 * (a field still equal to what the previous defaults put there).
 */
export function applyDefaults(
  values: ProgramFormValues,
  previous: ProgramDefaults | null,
  next: ProgramDefaults,
): ProgramFormValues {
  const result: ProgramFormValues = { ...values, settings: { ...values.settings } };
  for (const field of FOLLOWED) {
    if (previous && !same(read(values, field), read(previous, field))) continue;
    const value = read(next, field);
    if (field === 'endDate' || field === 'midpointDate') result[field] = value as string;
    else {
      const key = field.slice('settings.'.length) as keyof ProgramSettings;
      (result.settings as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}

/** The first day of next month: a sensible start for a cohort being planned today. */
export function suggestedStartDate(today: Date): string {
  const next = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  const month = String(next.getMonth() + 1).padStart(2, '0');
  return `${next.getFullYear()}-${month}-01`;
}

export function emptyFormValues(type: ProgramType, startDate: string): ProgramFormValues {
  return {
    name: '',
    type,
    sponsor: null,
    startDate,
    endDate: '',
    midpointDate: '',
    settings: programSettingsSchema.parse({}),
  };
}
