import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { DiversityParticipant } from '#core/impact/diversity';
import type { Db } from '#store/database';
import { enrollments, pairs } from '#store/schema';

/**
 * What diversity of participation (issue 8, #core/impact/diversity) is counted from: the program's
 * participants — enrollments HR approved, and anyone in one of its published pairs on the side they
 * enrolled on — with their consent to use their sensitive answers, read live from the enrollment, so
 * a withdrawal takes effect on the next request. The answers of someone without consent never leave
 * the database (they arrive as `{}`). No names: an id to count each person once. One query.
 */
export async function listDiversityParticipants(
  db: Db,
  orgId: string,
  programId: string,
): Promise<DiversityParticipant[]> {
  const paired = sql`exists (
    select 1 from ${pairs}
    where ${pairs.orgId} = ${orgId} and ${pairs.programId} = ${programId}
      and ((${enrollments.side} = 'mentor' and ${pairs.mentorPersonId} = ${enrollments.personId})
        or (${enrollments.side} = 'mentee' and ${pairs.menteePersonId} = ${enrollments.personId}))
  )`;
  const rows = await db
    .select({
      personId: enrollments.personId,
      side: enrollments.side,
      consented: enrollments.matchingConsent,
      answers: sql<Record<string, unknown> | string>`case when ${enrollments.matchingConsent}
        then ${enrollments.sensitiveAnswers} else '{}'::jsonb end`,
    })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.orgId, orgId),
        eq(enrollments.programId, programId),
        or(eq(enrollments.status, 'approved'), paired),
      ),
    )
    .orderBy(asc(enrollments.personId));
  return rows.map((r) => ({ ...r, answers: r.consented ? asObject(r.answers) : {} }));
}

/** A `jsonb` value from a raw select: an object, or its text on a driver that does not parse it. */
function asObject(value: unknown): Record<string, unknown> {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}
