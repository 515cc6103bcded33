import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { tokenId } from '#server/auth/secrets';
import { findOneTimeToken, type TokenPurpose } from '#store/one-time-tokens-store';

export type FoundToken = NonNullable<Awaited<ReturnType<typeof findOneTimeToken>>>;

/** Looks a one-time token up: unknown is not found; used or expired is gone (the link did exist). */
export async function findUsableToken(
  deps: AppDeps,
  token: string,
  purpose: TokenPurpose,
): Promise<Result<FoundToken>> {
  const found = await findOneTimeToken(deps.database.db, tokenId(token), purpose);
  const what = purpose === 'invitation' ? 'invitation' : 'password reset link';
  if (!found)
    return fail([issue('not_found', `This ${what} is not valid. Check that you copied the whole link.`)]);
  if (found.token.usedAt) return fail([issue('gone', `This ${what} has already been used.`)]);
  if (found.token.expiresAt <= deps.now())
    return fail([issue('gone', `This ${what} has expired. Ask for a new one.`)]);
  return ok(found);
}
