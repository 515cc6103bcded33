import type { Phase } from '#core/programs/program-phase';
import type { ImpactCaller } from '#server/use-cases/describe-impact';
import type { Db } from '#store/database';
import { listProgramsSponsoredBy } from '#store/programs-store';

export type SponsoredProgram = { id: string; name: string; phase: Phase; startDate: string; endDate: string };

/**
 * The programs the caller sponsors, each one whose impact they may open (`describeImpact` gives a
 * sponsor exactly the programs whose sponsor is their person). Without the sponsor role or an
 * employee record there is nothing to list.
 */
export async function listSponsoredPrograms(db: Db, caller: ImpactCaller): Promise<SponsoredProgram[]> {
  if (!caller.personId || !caller.roles.includes('sponsor')) return [];
  return listProgramsSponsoredBy(db, caller.orgId, caller.personId);
}
