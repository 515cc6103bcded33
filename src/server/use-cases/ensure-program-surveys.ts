import type { ProgramDates } from '#core/programs/program-dates';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { DEFAULT_MIN_GROUP_SIZE } from '#core/surveys/suppression';
import { CAMPAIGN_TIMINGS, type CampaignTiming, defaultSurveyDates } from '#core/surveys/survey-schedule';
import type { Db } from '#store/database';
import { getOrganisation } from '#store/organisations-store';
import { insertMissingSurveys, listProgramSurveys } from '#store/surveys-store';

const isCampaign = (timing: string): timing is CampaignTiming =>
  (CAMPAIGN_TIMINGS as readonly string[]).includes(timing);

/**
 * Gives a program its three check-in surveys (kickoff, midpoint, final) if it lacks any: copies of the
 * default templates, naming the organisation's group minimum, on the default dates for the program's
 * dates. When `copyFrom` names another program (a clone), its templates — with HR's edits — are used
 * instead. Idempotent: surveys the program already has are left as they are. The per-meeting pulse is
 * not a campaign: it lives in each meeting's log.
 */
export async function ensureProgramSurveys(
  db: Db,
  orgId: string,
  program: ProgramDates & { readonly id: string },
  options: { readonly copyFrom?: string } = {},
): Promise<void> {
  const org = await getOrganisation(db, orgId);
  const source = options.copyFrom ? await listProgramSurveys(db, orgId, options.copyFrom) : [];
  const copied = new Map(source.map((s) => [s.key, s.template]));
  const surveys = defaultSurveys(org?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE).flatMap((template) => {
    const { timing } = template;
    if (!isCampaign(timing)) return [];
    return [
      {
        key: template.key,
        timing,
        template: copied.get(template.key) ?? template,
        ...defaultSurveyDates(timing, program),
      },
    ];
  });
  await insertMissingSurveys(db, orgId, program.id, surveys);
}
