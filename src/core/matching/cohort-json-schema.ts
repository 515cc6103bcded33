import { z } from 'zod';
import { cohortSchema } from './cohort-schema';

/** The published JSON Schema of the cohort file (docs/cohort.schema.json), generated from the Zod schema. */
export function cohortJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(cohortSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://counterpart.dev/schemas/cohort.schema.json',
    title: 'Counterpart cohort file',
    description:
      'Input of `counterpart match`: the people of one mentoring cohort, their answers, rules and weights.',
  };
}
