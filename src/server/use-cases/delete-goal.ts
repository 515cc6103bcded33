import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { pairEnded } from '#server/use-cases/describe-meetings';
import { goalNotFound } from '#server/use-cases/list-goals';
import { isWritable, loadOwnPair } from '#server/use-cases/load-own-pair';
import type { Db } from '#store/database';
import { deleteGoal as deleteGoalRow, getPairGoal } from '#store/goals-store';

/** The person who added a goal removes it, with its updates. */
export async function deleteGoal(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  goalId: string,
): Promise<Result<null>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const own = await loadOwnPair(db, caller, pairId);
    if (!own.ok) return own;
    const goal = await getPairGoal(db, caller.orgId, pairId, goalId);
    if (!goal) return goalNotFound();
    if (!isWritable(own.value)) return pairEnded();
    if (goal.createdByPersonId !== own.value.personId) {
      return fail([issue('conflict', 'Only the person who added a goal can remove it.')]);
    }
    await deleteGoalRow(db, caller.orgId, goalId);
    return ok(null);
  });
}
