import { and, desc, eq, sql } from 'drizzle-orm';
import type { EnrollmentState } from '#core/programs/enrollment-rules';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { accounts, enrollments, people, programs, programTransitions } from '#store/schema';

export type ProgramRow = typeof programs.$inferSelect;
export type NewProgram = Omit<typeof programs.$inferInsert, 'id' | 'orgId' | 'createdAt' | 'updatedAt'>;

export async function insertProgram(db: Db, orgId: string, values: NewProgram): Promise<ProgramRow> {
  const [row] = await db
    .insert(programs)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function getProgramRow(
  db: Db,
  orgId: string,
  programId: string,
): Promise<ProgramRow | undefined> {
  const [row] = await programRow(db).execute({ orgId, programId });
  return row;
}

const programRow = preparedQuery((db) =>
  db
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, sql.placeholder('orgId')), eq(programs.id, sql.placeholder('programId'))))
    .prepare('program_row'),
);

export async function updateProgramRow(db: Db, orgId: string, programId: string, patch: Partial<NewProgram>) {
  await db
    .update(programs)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId)));
}

export async function deleteProgramRow(db: Db, orgId: string, programId: string) {
  await db.delete(programs).where(and(eq(programs.orgId, orgId), eq(programs.id, programId)));
}

export async function recordTransition(db: Db, values: typeof programTransitions.$inferInsert) {
  await db.insert(programTransitions).values(values);
}

/**
 * A program as its page shows it, in one statement (ADR 018): the row, its phase history with who
 * moved it, its enrollment counts by side and status, its sponsor and the program it was cloned from.
 * Times inside the history come back as JSON text. The subqueries name the outer table in plain SQL:
 * Drizzle leaves a single table's columns unqualified, which inside a subquery would mean its own.
 */
export async function getProgramDetail(db: Db, orgId: string, programId: string) {
  const [row] = await programDetail(db).execute({ orgId, programId });
  return row;
}

export type ProgramDetail = NonNullable<Awaited<ReturnType<typeof getProgramDetail>>>;

const programDetail = preparedQuery((db) =>
  db
    .select({
      program: programs,
      transitions: sql<
        | {
            fromPhase: string | null;
            toPhase: string;
            actorName: string | null;
            reason: string;
            createdAt: string;
          }[]
        | null
      >`(
        select json_agg(json_build_object('fromPhase', t.from_phase, 'toPhase', t.to_phase, 'actorName', a.name,
          'reason', t.reason, 'createdAt', t.created_at) order by t.created_at, t.id)
        from ${programTransitions} t left join ${accounts} a on a.id = t.actor_account_id
        where t.org_id = programs.org_id and t.program_id = programs.id)`,
      counts: sql<{ side: 'mentor' | 'mentee'; status: EnrollmentState; count: number }[] | null>`(
        select json_agg(json_build_object('side', c.side, 'status', c.status, 'count', c.n))
        from (select e.side, e.status, count(*)::int as n from ${enrollments} e
          where e.org_id = programs.org_id and e.program_id = programs.id group by e.status, e.side) c)`,
      sponsor: sql<{ id: string; name: string; title: string } | null>`(
        select json_build_object('id', s.id, 'name', s.name, 'title', s.title) from ${people} s
        where s.org_id = programs.org_id and s.id = programs.sponsor_person_id)`,
      clonedFrom: sql<{ id: string; name: string } | null>`(
        select json_build_object('id', c.id, 'name', c.name) from ${programs} c
        where c.org_id = programs.org_id and c.id = programs.cloned_from_id)`,
    })
    .from(programs)
    .where(and(eq(programs.orgId, sql.placeholder('orgId')), eq(programs.id, sql.placeholder('programId'))))
    .prepare('program_detail'),
);

/** Enrollment counts of one program by side and status. */
export async function countEnrollmentsBySideAndStatus(db: Db, orgId: string, programId: string) {
  return enrollmentCounts(db).execute({ orgId, programId });
}

const enrollmentCounts = preparedQuery((db) =>
  db
    .select({ side: enrollments.side, status: enrollments.status, count: sql<number>`count(*)::int` })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.orgId, sql.placeholder('orgId')),
        eq(enrollments.programId, sql.placeholder('programId')),
      ),
    )
    .groupBy(enrollments.status, enrollments.side)
    .prepare('enrollment_counts'),
);

/** The programs list with the figures HR scans for: approved per side, applications waiting. */
export async function listProgramSummaries(db: Db, orgId: string) {
  return programSummaries(db).execute({ orgId });
}

const programSummaries = preparedQuery((db) => {
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`(select count(*)::int from ${enrollments} e where e.org_id = ${programs.orgId} and e.program_id = ${programs.id} and ${condition})`;
  return db
    .select({
      id: programs.id,
      name: programs.name,
      type: programs.type,
      phase: programs.phase,
      startDate: programs.startDate,
      endDate: programs.endDate,
      sponsorName: people.name,
      approvedMentors: count(sql`e.side = 'mentor' and e.status = 'approved'`),
      approvedMentees: count(sql`e.side = 'mentee' and e.status = 'approved'`),
      pendingApplications: count(sql`e.status = 'applied'`),
    })
    .from(programs)
    .leftJoin(people, and(eq(people.id, programs.sponsorPersonId), eq(people.orgId, programs.orgId)))
    .where(eq(programs.orgId, sql.placeholder('orgId')))
    .orderBy(desc(programs.startDate), desc(programs.createdAt))
    .prepare('program_summaries');
});

/** The programs whose sponsor is this person, newest start first. */
export async function listProgramsSponsoredBy(db: Db, orgId: string, personId: string) {
  return db
    .select({
      id: programs.id,
      name: programs.name,
      phase: programs.phase,
      startDate: programs.startDate,
      endDate: programs.endDate,
    })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.sponsorPersonId, personId)))
    .orderBy(desc(programs.startDate), desc(programs.createdAt));
}

/** Every program of the organisation with its clone link and what the completion rule needs. */
export async function listCohortLinks(db: Db, orgId: string) {
  return db
    .select({
      id: programs.id,
      name: programs.name,
      phase: programs.phase,
      endDate: programs.endDate,
      clonedFromId: programs.clonedFromId,
    })
    .from(programs)
    .where(eq(programs.orgId, orgId));
}
