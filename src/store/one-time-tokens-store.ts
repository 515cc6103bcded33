import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#store/database';
import { accounts, oneTimeTokens, organisations } from '#store/schema';

export type OneTimeTokenRow = typeof oneTimeTokens.$inferSelect;
export type TokenPurpose = OneTimeTokenRow['purpose'];

export async function insertOneTimeToken(db: Db, input: typeof oneTimeTokens.$inferInsert) {
  await db.insert(oneTimeTokens).values(input);
}

/** The token with its account and organisation, whatever its state: the caller decides what expired means. */
export async function findOneTimeToken(db: Db, tokenId: string, purpose: TokenPurpose) {
  const [row] = await db
    .select({
      token: oneTimeTokens,
      account: { id: accounts.id, email: accounts.email, name: accounts.name },
      org: { id: organisations.id, name: organisations.name },
    })
    .from(oneTimeTokens)
    .innerJoin(accounts, eq(accounts.id, oneTimeTokens.accountId))
    .innerJoin(organisations, eq(organisations.id, oneTimeTokens.orgId))
    .where(and(eq(oneTimeTokens.id, tokenId), eq(oneTimeTokens.purpose, purpose)));
  return row;
}

/** Marks a token used; false when someone else used it first (the update found nothing unused). */
export async function consumeOneTimeToken(db: Db, tokenId: string, now: Date): Promise<boolean> {
  const used = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.id, tokenId), isNull(oneTimeTokens.usedAt)))
    .returning({ id: oneTimeTokens.id });
  return used.length === 1;
}
