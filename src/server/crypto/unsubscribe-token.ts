import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The credential in an email's unsubscribe link: `<orgId>.<accountId>.<hmac>`. It lets the member
 * change which optional emails they get without signing in, and nothing else; nothing is stored.
 */
export function unsubscribeToken(key: Buffer, orgId: string, accountId: string): string {
  return `${orgId}.${accountId}.${mac(key, orgId, accountId)}`;
}

/** The member a token names, or null when it was not made with this key. */
export function readUnsubscribeToken(
  key: Buffer,
  token: string,
): { orgId: string; accountId: string } | null {
  const [orgId, accountId, given, ...rest] = token.split('.');
  if (!orgId || !accountId || !given || rest.length > 0) return null;
  const expected = Buffer.from(mac(key, orgId, accountId));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { orgId, accountId };
}

function mac(key: Buffer, orgId: string, accountId: string): string {
  return createHmac('sha256', key).update(`unsubscribe:${orgId}:${accountId}`).digest('base64url');
}
