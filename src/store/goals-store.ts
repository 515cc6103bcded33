import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { goalUpdates, pairGoals, people } from '#store/schema';

/** A pair's goals and their progress updates. Scoped by organisation. */
export type GoalRow = typeof pairGoals.$inferSelect;
export type GoalUpdateItem = {
  readonly goalId: string;
  readonly progress: number;
  readonly note: string;
  readonly author: string | null;
  readonly createdAt: Date;
};

/** The pair's goals, oldest first. */
export async function listPairGoals(db: Db, orgId: string, pairId: string): Promise<GoalRow[]> {
  return db
    .select()
    .from(pairGoals)
    .where(and(eq(pairGoals.orgId, orgId), eq(pairGoals.pairId, pairId)))
    .orderBy(asc(pairGoals.createdAt), asc(pairGoals.id));
}

export async function getPairGoal(
  db: Db,
  orgId: string,
  pairId: string,
  goalId: string,
): Promise<GoalRow | undefined> {
  const [row] = await db
    .select()
    .from(pairGoals)
    .where(and(eq(pairGoals.orgId, orgId), eq(pairGoals.pairId, pairId), eq(pairGoals.id, goalId)));
  return row;
}

export async function countSideGoals(
  db: Db,
  orgId: string,
  pairId: string,
  side: 'mentor' | 'mentee',
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(pairGoals)
    .where(and(eq(pairGoals.orgId, orgId), eq(pairGoals.pairId, pairId), eq(pairGoals.side, side)));
  return row?.count ?? 0;
}

export async function insertGoal(
  db: Db,
  values: {
    orgId: string;
    pairId: string;
    side: 'mentor' | 'mentee';
    title: string;
    createdByPersonId: string;
    createdAt: Date;
  },
): Promise<GoalRow> {
  const [row] = await db
    .insert(pairGoals)
    .values({ ...values, updatedAt: values.createdAt })
    .returning();
  return row!;
}

/** Records an update and makes its progress the goal's; completion follows the progress. */
export async function addGoalUpdate(
  db: Db,
  update: {
    orgId: string;
    goalId: string;
    authorPersonId: string;
    progress: number;
    note: string;
    createdAt: Date;
  },
  completedAt: Date | null,
) {
  await db.insert(goalUpdates).values(update);
  await db
    .update(pairGoals)
    .set({ progress: update.progress, completedAt, updatedAt: update.createdAt })
    .where(and(eq(pairGoals.orgId, update.orgId), eq(pairGoals.id, update.goalId)));
}

/** Updates of these goals, newest first, with their authors' names. */
export async function listGoalUpdates(
  db: Db,
  orgId: string,
  goalIds: readonly string[],
): Promise<GoalUpdateItem[]> {
  if (goalIds.length === 0) return [];
  return db
    .select({
      goalId: goalUpdates.goalId,
      progress: goalUpdates.progress,
      note: goalUpdates.note,
      author: people.name,
      createdAt: goalUpdates.createdAt,
    })
    .from(goalUpdates)
    .leftJoin(people, eq(people.id, goalUpdates.authorPersonId))
    .where(and(eq(goalUpdates.orgId, orgId), inArray(goalUpdates.goalId, [...goalIds])))
    .orderBy(desc(goalUpdates.createdAt), desc(goalUpdates.id));
}

export async function deleteGoal(db: Db, orgId: string, goalId: string) {
  await db.delete(pairGoals).where(and(eq(pairGoals.orgId, orgId), eq(pairGoals.id, goalId)));
}
