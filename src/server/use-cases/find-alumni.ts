import { type Alumnus, alumniOf } from '#core/programs/alumni';
import { earlierCohorts } from '#core/programs/earlier-cohorts';
import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import { enrolledPersonIds, pairsOfPrograms, peopleByIds } from '#store/alumni-store';
import { listCohortLinks } from '#store/programs-store';
import type { Db } from '#store/database';
import type { ProgramRow } from '#store/programs-store';
import { getProgramRow } from '#store/programs-store';

export type FoundAlumni = {
  readonly program: ProgramRow;
  /** The earlier cohorts, newest first (at most 10). */
  readonly earlierCohorts: { id: string; name: string; phase: ProgramRow['phase'] }[];
  readonly alumni: Alumnus[];
};

/**
 * A program's alumni to invite (#core/programs/alumni): people who completed one of its earlier
 * cohorts (followed back through the clone links), still employed, not yet in this program.
 * Another organisation's program is simply not found.
 */
export async function findAlumni(db: Db, orgId: string, programId: string): Promise<Result<FoundAlumni>> {
  const program = await getProgramRow(db, orgId, programId);
  if (!program) return programNotFound();
  const cohorts = earlierCohorts(program.id, await listCohortLinks(db, orgId));
  const pairs = await pairsOfPrograms(
    db,
    orgId,
    cohorts.map((c) => c.id),
  );
  const [people, inProgram] = await Promise.all([
    peopleByIds(db, orgId, [...new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]))]),
    enrolledPersonIds(db, orgId, program.id),
  ]);
  return ok({
    program,
    earlierCohorts: cohorts.map((c) => ({ id: c.id, name: c.name, phase: c.phase })),
    alumni: alumniOf({ cohorts, pairs, people, inProgram }),
  });
}
