import { nomineeParticipation } from '#core/impact/nominee-participation';
import type { FunnelStageFigure } from '#core/impact/participation-funnel';
import { startOfDay } from '#core/impact/report-periods';
import type { Phase } from '#core/programs/program-phase';
import { DEFAULT_MIN_GROUP_SIZE } from '#core/surveys/suppression';
import type { Db } from '#store/database';
import { listNomineeJourneys } from '#store/impact-store';
import { getOrganisation } from '#store/organisations-store';

export type NomineeImpact = {
  minGroupSize: number;
  overall: FunnelStageFigure[];
  programs: { id: string; name: string; phase: Phase; funnel: FunnelStageFigure[] }[];
};

/**
 * How an ERG lead's nominees are doing (issue 8): the participation funnel of the people this account
 * nominated, per program and across them, at the organisation's minimum group size. Counts only — a
 * lead follows each nominee's status on their list, and nothing here names or singles anyone out.
 */
export async function describeNomineeImpact(
  db: Db,
  caller: { readonly orgId: string; readonly accountId: string },
  now: Date,
): Promise<NomineeImpact> {
  const { orgId } = caller;
  const [org, programs] = await Promise.all([
    getOrganisation(db, orgId),
    listNomineeJourneys(db, orgId, caller.accountId, startOfDay),
  ]);
  const minGroupSize = org?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const { overall, programs: funnels } = nomineeParticipation(
    programs.map(({ program, journeys }) => ({
      program: { id: program.id, name: program.name, phase: program.phase as Phase },
      journeys,
    })),
    { asOf: now, minGroupSize },
  );
  return { minGroupSize, overall, programs: funnels };
}
