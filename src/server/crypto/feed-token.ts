import { createHmac, timingSafeEqual } from 'node:crypto';

/** The secret half of a calendar subscription URL: an HMAC of the feed's id, so nothing secret is stored. */
export function feedToken(key: Buffer, feedId: string): string {
  return createHmac('sha256', key).update(`calendar-feed:${feedId}`).digest('base64url');
}

export function isFeedToken(key: Buffer, feedId: string, token: string): boolean {
  const expected = Buffer.from(feedToken(key, feedId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
