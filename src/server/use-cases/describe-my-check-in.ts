import { ok, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';
import { checkInNotFound, type MyCheckInDetail, toMyCheckInDetail } from '#server/use-cases/my-check-in-view';
import type { Db } from '#store/database';
import { getCheckInOf } from '#store/surveys-store';

/** One of the caller's own check-ins, with their questions and own answers; anyone else's is 404. */
export async function describeMyCheckIn(
  db: Db,
  caller: Caller,
  recipientId: string,
  now: Date,
): Promise<Result<MyCheckInDetail>> {
  if (!caller.personId) return checkInNotFound();
  const row = await getCheckInOf(db, caller.orgId, caller.personId, recipientId);
  return row ? ok(toMyCheckInDetail(row, now)) : checkInNotFound();
}
