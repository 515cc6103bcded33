import { and, asc, desc, eq, sql } from 'drizzle-orm';
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

export async function listTransitions(db: Db, orgId: string, programId: string) {
  return transitionsOfProgram(db).execute({ orgId, programId });
}

const transitionsOfProgram = preparedQuery((db) =>
  db
    .select({
      fromPhase: programTransitions.fromPhase,
      toPhase: programTransitions.toPhase,
      actorName: accounts.name,
      reason: programTransitions.reason,
      createdAt: programTransitions.createdAt,
    })
    .from(programTransitions)
    .leftJoin(accounts, eq(accounts.id, programTransitions.actorAccountId))
    .where(
      and(
        eq(programTransitions.orgId, sql.placeholder('orgId')),
        eq(programTransitions.programId, sql.placeholder('programId')),
      ),
    )
    .orderBy(asc(programTransitions.createdAt), asc(programTransitions.id))
    .prepare('transitions_of_program'),
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
    .groupBy(enrollments.side, enrollments.status)
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
