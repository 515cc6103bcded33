import type { Keys } from '#server/crypto/keys';
import { unsubscribeToken } from '#server/crypto/unsubscribe-token';

/** The one-click link in an optional email's footer and List-Unsubscribe header. */
export function unsubscribeUrl(
  deps: { readonly keys: Keys; readonly env: { readonly publicUrl: string } },
  orgId: string,
  accountId: string,
): string {
  const token = unsubscribeToken(deps.keys.unsubscribe, orgId, accountId);
  return `${deps.env.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** Where a signed-in member chooses their emails; every email links to it. */
export function notificationSettingsUrl(env: { readonly publicUrl: string }): string {
  return `${env.publicUrl}/settings/notifications`;
}
