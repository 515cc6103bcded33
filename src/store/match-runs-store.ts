import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '#store/database';
import { accounts, enrollments, matchRunChanges, matchRuns, people } from '#store/schema';

/** Match runs and the changes HR makes to them; every query is scoped by the organisation. */
export type MatchRunRow = typeof matchRuns.$inferSelect;
export type NewMatchRun = Omit<typeof matchRuns.$inferInsert, 'id' | 'orgId'>;
export type MatchRunChangeRow = typeof matchRunChanges.$inferSelect;

export async function insertMatchRun(db: Db, orgId: string, values: NewMatchRun): Promise<MatchRunRow> {
  const [row] = await db
    .insert(matchRuns)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function getMatchRun(db: Db, orgId: string, runId: string): Promise<MatchRunRow | undefined> {
  const [row] = await db
    .select()
    .from(matchRuns)
    .where(and(eq(matchRuns.orgId, orgId), eq(matchRuns.id, runId)));
  return row;
}

/** A program's runs, newest first, with the name of who started each. */
export async function listMatchRuns(db: Db, orgId: string, programId: string) {
  return db
    .select({ run: matchRuns, createdBy: accounts.name })
    .from(matchRuns)
    .leftJoin(accounts, eq(accounts.id, matchRuns.createdByAccountId))
    .where(and(eq(matchRuns.orgId, orgId), eq(matchRuns.programId, programId)))
    .orderBy(desc(matchRuns.createdAt), desc(matchRuns.id));
}

export async function updateMatchRun(
  db: Db,
  orgId: string,
  runId: string,
  patch: Partial<Pick<MatchRunRow, 'cohort' | 'proposal' | 'status' | 'publishedAt'>>,
): Promise<void> {
  await db
    .update(matchRuns)
    .set(patch)
    .where(and(eq(matchRuns.orgId, orgId), eq(matchRuns.id, runId)));
}

/** Discards the program's other draft runs once one is published. */
export async function discardOtherDrafts(db: Db, orgId: string, programId: string, keepRunId: string) {
  await db
    .update(matchRuns)
    .set({ status: 'discarded' })
    .where(
      and(
        eq(matchRuns.orgId, orgId),
        eq(matchRuns.programId, programId),
        eq(matchRuns.status, 'draft'),
        ne(matchRuns.id, keepRunId),
      ),
    );
}

export async function insertMatchRunChange(db: Db, values: Omit<typeof matchRunChanges.$inferInsert, 'id'>) {
  await db.insert(matchRunChanges).values(values);
}

/** A run's changes, oldest first, with the name of who made each. */
export async function listMatchRunChanges(db: Db, orgId: string, runId: string) {
  return db
    .select({
      action: matchRunChanges.action,
      detail: matchRunChanges.detail,
      reason: matchRunChanges.reason,
      actorName: accounts.name,
      createdAt: matchRunChanges.createdAt,
    })
    .from(matchRunChanges)
    .leftJoin(accounts, eq(accounts.id, matchRunChanges.actorAccountId))
    .where(and(eq(matchRunChanges.orgId, orgId), eq(matchRunChanges.runId, runId)))
    .orderBy(asc(matchRunChanges.createdAt), asc(matchRunChanges.id));
}

/** What HR may see of the people of a run: records and their program's non-sensitive answers. */
export async function runPeople(db: Db, orgId: string, programId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      title: people.title,
      department: people.department,
      level: people.level,
      location: people.location,
      answers: enrollments.answers,
      matchingConsent: enrollments.matchingConsent,
      enrollmentId: enrollments.id,
      enrollmentStatus: enrollments.status,
    })
    .from(people)
    .leftJoin(
      enrollments,
      and(
        eq(enrollments.orgId, people.orgId),
        eq(enrollments.personId, people.id),
        eq(enrollments.programId, programId),
      ),
    )
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...personIds])));
}

/**
 * Enrollments of a program in the given states, with the person records the matcher reads. The rows
 * are share-locked until the run is stored, so a consent withdrawal racing the run waits for it and
 * then finds the new run to take its answers out of (see consent-withdrawal-store).
 */
export async function matchingEnrollments(
  db: Db,
  orgId: string,
  programId: string,
  statuses: readonly ('approved' | 'waitlisted')[],
) {
  return db
    .select({
      personId: enrollments.personId,
      side: enrollments.side,
      status: enrollments.status,
      answers: enrollments.answers,
      sensitiveAnswers: enrollments.sensitiveAnswers,
      matchingConsent: enrollments.matchingConsent,
      person: {
        name: people.name,
        level: people.level,
        department: people.department,
        location: people.location,
        timeZone: people.timeZone,
        managerId: people.managerId,
      },
    })
    .from(enrollments)
    .innerJoin(people, eq(people.id, enrollments.personId))
    .where(
      and(
        eq(enrollments.orgId, orgId),
        eq(enrollments.programId, programId),
        inArray(enrollments.status, [...statuses]),
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .for('share', { of: enrollments });
}

/** Every manager link of the organisation, to complete reporting lines. */
export async function orgChartOf(db: Db, orgId: string) {
  return db
    .select({ id: people.id, managerId: people.managerId })
    .from(people)
    .where(eq(people.orgId, orgId));
}

export async function accountName(db: Db, accountId: string): Promise<string | null> {
  const [row] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  return row?.name ?? null;
}
