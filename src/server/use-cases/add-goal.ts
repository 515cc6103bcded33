import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { pairEnded } from '#server/use-cases/describe-meetings';
import { describeGoals, type Goal } from '#server/use-cases/list-goals';
import { isWritable, loadOwnPair } from '#server/use-cases/load-own-pair';
import type { Db } from '#store/database';
import { countSideGoals, insertGoal } from '#store/goals-store';

export const MAX_GOALS_PER_SIDE = 20;

/** A person adds a goal for their own side of the pair. */
export async function addGoal(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: { side: 'mentor' | 'mentee'; title: string },
): Promise<Result<Goal>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const own = await loadOwnPair(db, caller, pairId);
    if (!own.ok) return own;
    if (!isWritable(own.value)) return pairEnded();
    if (input.side !== own.value.role) return fail([issue('conflict', 'Add goals for your own side.')]);
    if ((await countSideGoals(db, caller.orgId, pairId, input.side)) >= MAX_GOALS_PER_SIDE) {
      return fail([
        issue('conflict', `Each side can have up to ${MAX_GOALS_PER_SIDE} goals. Remove one to add another.`),
      ]);
    }
    const goal = await insertGoal(db, {
      orgId: caller.orgId,
      pairId,
      side: input.side,
      title: input.title.trim(),
      createdByPersonId: own.value.personId,
      createdAt: deps.now(),
    });
    const [described] = await describeGoals(db, caller.orgId, [goal]);
    return ok(described!);
  });
}
