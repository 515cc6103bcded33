import type { Caller } from '#server/auth/authenticate';
import { type MyCheckIn, toMyCheckIn } from '#server/use-cases/my-check-in-view';
import type { Db } from '#store/database';
import { listCheckInsOf } from '#store/surveys-store';

/** Open first (those closing soonest at the top), then closed ones, most recent first. */
function byUrgency(a: MyCheckIn, b: MyCheckIn): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : b.status === 'open' ? 1 : 0;
  return a.status === 'open' ? a.closesOn.localeCompare(b.closesOn) : b.closesOn.localeCompare(a.closesOn);
}

/** The check-ins the caller was asked to answer, in every program they are in. */
export async function listMyCheckIns(db: Db, caller: Caller, now: Date): Promise<MyCheckIn[]> {
  if (!caller.personId) return [];
  const rows = await listCheckInsOf(db, caller.orgId, caller.personId);
  return rows.map((row) => toMyCheckIn(row, now)).sort((a, b) => byUrgency(a, b) || a.id.localeCompare(b.id));
}
