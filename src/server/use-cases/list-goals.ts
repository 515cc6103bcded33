import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { loadOwnPair } from '#server/use-cases/load-own-pair';
import type { Db } from '#store/database';
import { type GoalRow, listGoalUpdates, listPairGoals } from '#store/goals-store';

/** One goal as the pair sees it (docs/api/workspace.md `Goal`). */
export type Goal = {
  id: string;
  side: 'mentor' | 'mentee';
  title: string;
  progress: number;
  completedAt: string | null;
  createdAt: string;
  /** Newest first. */
  updates: { progress: number; note: string; author: string; createdAt: string }[];
};

export const goalNotFound = <T>(): Result<T> => fail([issue('not_found', 'That goal was not found.')]);

/** The pair's goals, oldest first, each with its updates newest first. */
export async function listGoals(deps: AppDeps, caller: Caller, pairId: string): Promise<Result<Goal[]>> {
  const db = deps.database.db;
  const own = await loadOwnPair(db, caller, pairId);
  if (!own.ok) return own;
  return ok(await describeGoals(db, caller.orgId, await listPairGoals(db, caller.orgId, pairId)));
}

export async function describeGoals(db: Db, orgId: string, goals: readonly GoalRow[]): Promise<Goal[]> {
  const updates = await listGoalUpdates(
    db,
    orgId,
    goals.map((g) => g.id),
  );
  return goals.map((goal) => ({
    id: goal.id,
    side: goal.side,
    title: goal.title,
    progress: goal.progress,
    completedAt: goal.completedAt?.toISOString() ?? null,
    createdAt: goal.createdAt.toISOString(),
    updates: updates
      .filter((u) => u.goalId === goal.id)
      .map((u) => ({
        progress: u.progress,
        note: u.note,
        author: u.author ?? '',
        createdAt: u.createdAt.toISOString(),
      })),
  }));
}
