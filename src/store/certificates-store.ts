import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { OwnPair } from '#core/impact/certificate-eligibility';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { meetingLessons, meetings, pairs, skills } from '#store/schema';

/**
 * What a certificate of participation (issue 8) is made of, read for one person: their own published
 * pairs, their pairs' held meetings and the skills they taught. Skill names and counts only — never a
 * note, a topic or the partner's lessons. Scoped by organisation and person.
 */

export type OwnProgramPair = OwnPair & { readonly programId: string };

/** Every published pair the person is in, in any program (or only `programId`'s), with their side. */
export async function listOwnPairs(
  db: Db,
  orgId: string,
  personId: string,
  programId?: string,
): Promise<OwnProgramPair[]> {
  const rows = await ownPairsQuery(db).execute({ orgId, personId, programId: programId ?? null });
  return rows.map(({ mentorId, ...row }) => ({ ...row, side: mentorId === personId ? 'mentor' : 'mentee' }));
}

const ownPairsQuery = preparedQuery((db) =>
  db
    .select({
      pairId: pairs.id,
      programId: pairs.programId,
      mentorId: pairs.mentorPersonId,
      endedAt: pairs.endedAt,
    })
    .from(pairs)
    .where(
      and(
        eq(pairs.orgId, sql.placeholder('orgId')),
        or(
          eq(pairs.mentorPersonId, sql.placeholder('personId')),
          eq(pairs.menteePersonId, sql.placeholder('personId')),
        ),
        or(
          sql`${sql.placeholder('programId')}::text is null`,
          eq(pairs.programId, sql.placeholder('programId')),
        ),
      ),
    )
    .orderBy(asc(pairs.startedAt), asc(pairs.id))
    .prepare('own_pairs'),
);

/** How many meetings these pairs held, and the names of the skills the person taught in them. */
export async function ownContribution(
  db: Db,
  orgId: string,
  own: readonly OwnPair[],
): Promise<{ meetingsHeld: number; skillsTaught: string[] }> {
  if (own.length === 0) return { meetingsHeld: 0, skillsTaught: [] };
  const held = await db
    .select({ id: meetings.id, pairId: meetings.pairId })
    .from(meetings)
    .where(
      and(
        eq(meetings.orgId, orgId),
        inArray(
          meetings.pairId,
          own.map((p) => p.pairId),
        ),
        eq(meetings.status, 'held'),
      ),
    );
  const sideOf = new Map(own.map((p) => [p.pairId, p.side]));
  const lessons =
    held.length === 0
      ? []
      : await db
          .select({ pairId: meetings.pairId, taughtBy: meetingLessons.taughtBy, skill: skills.name })
          .from(meetingLessons)
          .innerJoin(meetings, eq(meetings.id, meetingLessons.meetingId))
          .innerJoin(skills, and(eq(skills.id, meetingLessons.skillId), eq(skills.orgId, orgId)))
          .where(
            and(
              eq(meetingLessons.orgId, orgId),
              inArray(
                meetingLessons.meetingId,
                held.map((m) => m.id),
              ),
            ),
          );
  const taught = lessons.filter((l) => sideOf.get(l.pairId) === l.taughtBy).map((l) => l.skill);
  return { meetingsHeld: held.length, skillsTaught: [...new Set(taught)] };
}
