import { type DiversityQuestion, diversityOfParticipation } from '#core/impact/diversity';
import { intakeFormSchema } from '#core/programs/intake-form';
import { ok, type Result } from '#core/result';
import { DEFAULT_MIN_GROUP_SIZE } from '#core/surveys/suppression';
import { audienceOf, type ImpactAudience, type ImpactCaller } from '#server/use-cases/describe-impact';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { listDiversityParticipants } from '#store/diversity-store';
import { getOrganisation } from '#store/organisations-store';
import { getProgramRow } from '#store/programs-store';

export type ProgramDiversity = {
  program: { id: string; name: string };
  audience: ImpactAudience;
  minGroupSize: number;
  /** One table per sensitive choice question of the program's intake form, in the form's order. */
  questions: DiversityQuestion[];
};

/**
 * Diversity of participation (issue 8) for HR or the program's sponsor — the same callers as
 * `describeImpact`, anyone else 404: how many participants gave each answer to the intake form's
 * sensitive choice questions, per side, counted only from people who consented, with small groups
 * and what could be worked out from them hidden (#core/impact/diversity). Counts only.
 */
export async function describeDiversity(
  db: Db,
  caller: ImpactCaller,
  programId: string,
): Promise<Result<ProgramDiversity>> {
  const { orgId } = caller;
  const program = await getProgramRow(db, orgId, programId);
  const audience = program ? audienceOf(caller, program) : null;
  if (!program || !audience) return programNotFound();
  const [organisation, participants] = await Promise.all([
    getOrganisation(db, orgId),
    listDiversityParticipants(db, orgId, programId),
  ]);
  const minGroupSize = organisation?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const form = intakeFormSchema.parse(program.intakeForm);
  return ok({
    program: { id: program.id, name: program.name },
    audience,
    minGroupSize,
    questions: diversityOfParticipation(form, participants, { minGroupSize }),
  });
}
