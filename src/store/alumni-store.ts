import { and, eq, inArray } from 'drizzle-orm';
import type { EarlierPair } from '#core/programs/alumni';
import type { Db } from '#store/database';
import { enrollments, pairs, people } from '#store/schema';

/**
 * What finding a cohort's alumni reads (#core/programs/alumni), besides the clone links (programs-store's
 * `listCohortLinks`): the published pairs of the earlier cohorts, who those people are, and who is
 * already in the new program. Scoped by organisation.
 */

export async function pairsOfPrograms(
  db: Db,
  orgId: string,
  programIds: readonly string[],
): Promise<EarlierPair[]> {
  if (programIds.length === 0) return [];
  return db
    .select({
      pairId: pairs.id,
      programId: pairs.programId,
      mentorId: pairs.mentorPersonId,
      menteeId: pairs.menteePersonId,
      endedAt: pairs.endedAt,
    })
    .from(pairs)
    .where(and(eq(pairs.orgId, orgId), inArray(pairs.programId, [...programIds])));
}

export async function peopleByIds(db: Db, orgId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ id: people.id, name: people.name, employmentStatus: people.employmentStatus })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...personIds])));
}

/** Everyone with an enrollment in the program, whatever its state. */
export async function enrolledPersonIds(db: Db, orgId: string, programId: string): Promise<Set<string>> {
  const rows = await db
    .select({ personId: enrollments.personId })
    .from(enrollments)
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.programId, programId)));
  return new Set(rows.map((r) => r.personId));
}
