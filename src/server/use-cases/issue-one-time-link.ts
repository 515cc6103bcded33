import type { AppDeps } from '#server/app-deps';
import { randomToken, tokenId } from '#server/auth/secrets';
import { insertOneTimeToken, type TokenPurpose } from '#store/one-time-tokens-store';

const LIFETIME_MS: Readonly<Record<TokenPurpose, number>> = {
  invitation: 7 * 24 * 3600_000,
  password_reset: 3600_000,
};

const PATH: Readonly<Record<TokenPurpose, string>> = {
  invitation: '/invitations/',
  password_reset: '/reset-password?token=',
};

/** Creates a one-time token and returns the absolute link that carries it. */
export async function issueOneTimeLink(
  deps: AppDeps,
  input: { orgId: string; accountId: string; purpose: TokenPurpose; createdBy: string | null },
): Promise<string> {
  const token = randomToken();
  await insertOneTimeToken(deps.database.db, {
    id: tokenId(token),
    orgId: input.orgId,
    accountId: input.accountId,
    purpose: input.purpose,
    createdBy: input.createdBy,
    expiresAt: new Date(deps.now().getTime() + LIFETIME_MS[input.purpose]),
  });
  return `${deps.env.publicUrl}${PATH[input.purpose]}${token}`;
}
