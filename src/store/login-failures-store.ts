import { and, count, eq, gte, lt, min, ne, type SQL } from 'drizzle-orm';
import type { RecentFailures } from '#core/accounts/login-throttle';
import type { Db } from '#store/database';
import { loginFailures } from '#store/schema';

export type FailureKeys = { readonly emailDigest: string; readonly ip: string };

/**
 * Records one failure (or an attempt that counts as one until it succeeds) and forgets every failure
 * older than `forgetBefore`, which no longer counts. Returns the row's id.
 */
export async function recordLoginFailure(
  db: Db,
  keys: FailureKeys,
  at: Date,
  forgetBefore: Date,
): Promise<string> {
  await db.delete(loginFailures).where(lt(loginFailures.failedAt, forgetBefore));
  const [row] = await db
    .insert(loginFailures)
    .values({ ...keys, failedAt: at })
    .returning({ id: loginFailures.id });
  return row!.id;
}

/** Failed sign-ins since `since` for the account and for the address, leaving out one row (this attempt). */
export async function countRecentLoginFailures(
  db: Db,
  keys: FailureKeys,
  since: Date,
  exceptId: string,
): Promise<{ account: RecentFailures; address: RecentFailures }> {
  const [account, address] = await Promise.all([
    recent(db, eq(loginFailures.emailDigest, keys.emailDigest), since, exceptId),
    recent(db, eq(loginFailures.ip, keys.ip), since, exceptId),
  ]);
  return { account, address };
}

async function recent(db: Db, key: SQL, since: Date, exceptId: string): Promise<RecentFailures> {
  const [row] = await db
    .select({ count: count(), oldestAt: min(loginFailures.failedAt) })
    .from(loginFailures)
    .where(and(key, gte(loginFailures.failedAt, since), ne(loginFailures.id, exceptId)));
  return { count: row?.count ?? 0, oldestAt: row?.oldestAt ?? null };
}

/** An attempt refused before the password was checked is not a failure. */
export async function forgetLoginFailure(db: Db, id: string) {
  await db.delete(loginFailures).where(eq(loginFailures.id, id));
}

/** A successful sign-in wipes the account's slate (not the address's). */
export async function clearLoginFailures(db: Db, emailDigest: string) {
  await db.delete(loginFailures).where(eq(loginFailures.emailDigest, emailDigest));
}
