import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { pairEnded } from '#server/use-cases/describe-meetings';
import { describeGoals, type Goal, goalNotFound } from '#server/use-cases/list-goals';
import { isWritable, loadOwnPair } from '#server/use-cases/load-own-pair';
import type { Db } from '#store/database';
import { addGoalUpdate, getPairGoal } from '#store/goals-store';

/**
 * Either person records progress on either side's goal. The latest update is the goal's progress;
 * reaching 100 completes it, and going back below reopens it.
 */
export async function updateGoal(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  goalId: string,
  input: { progress: number; note: string },
): Promise<Result<Goal>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const own = await loadOwnPair(db, caller, pairId);
    if (!own.ok) return own;
    if (!(await getPairGoal(db, caller.orgId, pairId, goalId))) return goalNotFound();
    if (!isWritable(own.value)) return pairEnded();
    const now = deps.now();
    await addGoalUpdate(
      db,
      {
        orgId: caller.orgId,
        goalId,
        authorPersonId: own.value.personId,
        progress: input.progress,
        note: input.note.trim(),
        createdAt: now,
      },
      input.progress >= 100 ? now : null,
    );
    const goal = await getPairGoal(db, caller.orgId, pairId, goalId);
    const [described] = await describeGoals(db, caller.orgId, [goal!]);
    return ok(described!);
  });
}
