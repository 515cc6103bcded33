import { isMeasureKey } from '#core/impact/impact-measures';
import { defaultDates, defaultSettings } from '#core/programs/program-defaults';
import { checkProgramDates } from '#core/programs/program-dates';
import {
  type ProgramSettings,
  type ProgramType,
  programSettingsSchema,
} from '#core/programs/program-settings';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import type { Db } from '#store/database';
import { getPerson } from '#store/people-store';

export type ProgramInput = {
  readonly name: string;
  readonly type: ProgramType;
  readonly sponsorPersonId: string | null;
  readonly startDate: string;
  readonly endDate?: string | undefined;
  readonly midpointDate?: string | undefined;
  /** Any subset of ProgramSettings; what is missing comes from the type's defaults. */
  readonly settings?: Readonly<Record<string, unknown>> | undefined;
};

export type CheckedProgram = {
  name: string;
  type: ProgramType;
  sponsorPersonId: string | null;
  startDate: string;
  endDate: string;
  midpointDate: string;
  settings: ProgramSettings;
};

/**
 * Fills what HR left out from the defaults of the program type, then checks everything at once:
 * dates, settings and the sponsor (an employee of this organisation).
 */
export async function checkProgramInput(
  db: Db,
  orgId: string,
  input: ProgramInput,
): Promise<Result<CheckedProgram>> {
  const dates = {
    ...defaultDates(input.startDate),
    ...definedOnly({ endDate: input.endDate, midpointDate: input.midpointDate }),
  };
  const issues: Issue[] = [...checkProgramDates(dates)];
  const name = input.name.trim();
  if (!name) issues.push(issue('required', 'Give the program a name.', ['name']));
  const settings = programSettingsSchema.safeParse({ ...defaultSettings(input.type), ...input.settings });
  if (!settings.success) {
    for (const i of settings.error.issues)
      issues.push(issue(i.code, i.message, ['settings', ...i.path.map(String)]));
  } else issues.push(...unknownMeasures(settings.data));
  if (input.sponsorPersonId && !(await getPerson(db, orgId, input.sponsorPersonId))) {
    issues.push(
      issue('unknown_person', 'Choose the sponsor from the people in your organisation.', [
        'sponsorPersonId',
      ]),
    );
  }
  if (issues.length > 0 || !settings.success) return fail(issues);
  return ok({
    name,
    type: input.type,
    sponsorPersonId: input.sponsorPersonId,
    ...dates,
    settings: settings.data,
  });
}

/**
 * An objective's measure must be a key the impact report understands. Only its shape is checked, not
 * the question id of a before/after measure: a new program gets its surveys after it is saved, and HR
 * may edit them later; an id no paired question has measures nothing ("not measurable yet").
 */
function unknownMeasures(settings: ProgramSettings): Issue[] {
  return settings.objectives.flatMap((o, index) =>
    o.measure === null || isMeasureKey(o.measure)
      ? []
      : [
          issue('unknown_measure', 'Pick the measure from the list.', [
            'settings',
            'objectives',
            String(index),
            'measure',
          ]),
        ],
  );
}

function definedOnly<T extends Record<string, string | undefined>>(
  values: T,
): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}

export function programNotFound(): Result<never> {
  return fail([issue('not_found', 'That program was not found.')]);
}
