import { publishedCalendar } from '#core/calendar/meeting-calendar';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { feedToken, isFeedToken } from '#server/crypto/feed-token';
import { calendarDomain } from '#server/use-cases/calendar-context';
import { publishedMeetings } from '#server/use-cases/meeting-calendars';
import { recordAudit } from '#store/audit-store';
import {
  type CalendarFeedRow,
  findLiveFeed,
  insertFeed,
  liveFeedOfPerson,
  revokeFeedsOfPerson,
} from '#store/calendar-feeds-store';
import type { Db } from '#store/database';
import { calendarPairsOfPerson, seriesAndMeetingsOfPairs } from '#store/meeting-series-store';

/**
 * A person's private calendar subscription: one secret URL at a time, which any calendar app can
 * poll without a session. Creating a new one revokes the old at once.
 */
export type CalendarFeed = { url: string | null; createdAt: string | null };

export const FEED_NAME = 'Counterpart — mentoring';

const noPerson = <T>(): Result<T> =>
  fail([
    issue('not_found', 'Your account has no employee record here, so there are no meetings to subscribe to.'),
  ]);

function feedOf(deps: AppDeps, row: CalendarFeedRow | undefined): CalendarFeed {
  if (!row) return { url: null, createdAt: null };
  const token = feedToken(deps.keys.calendarFeeds, row.id);
  return {
    url: `${deps.env.publicUrl}/calendar/${encodeURIComponent(row.id)}/${token}.ics`,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function describeCalendarFeed(deps: AppDeps, caller: Caller): Promise<Result<CalendarFeed>> {
  if (!caller.personId) return noPerson();
  return ok(feedOf(deps, await liveFeedOfPerson(deps.database.db, caller.orgId, caller.personId)));
}

export async function createCalendarFeed(deps: AppDeps, caller: Caller): Promise<Result<CalendarFeed>> {
  const personId = caller.personId;
  if (!personId) return noPerson();
  const row = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const now = deps.now();
    const revoked = await revokeFeedsOfPerson(db, caller.orgId, personId, now);
    const created = await insertFeed(db, caller.orgId, personId, now);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'calendar_feed.created',
      target: created.id,
      detail: { revokedPrevious: revoked },
    });
    return created;
  });
  return ok(feedOf(deps, row));
}

export async function revokeCalendarFeed(deps: AppDeps, caller: Caller): Promise<Result<void>> {
  const personId = caller.personId;
  if (!personId) return noPerson();
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const revoked = await revokeFeedsOfPerson(db, caller.orgId, personId, deps.now());
    if (revoked > 0) {
      await recordAudit(db, {
        orgId: caller.orgId,
        actorAccountId: caller.accountId,
        action: 'calendar_feed.revoked',
        detail: { revoked },
      });
    }
  });
  return ok(undefined);
}

/**
 * The subscription itself, for a URL `/calendar/<feedId>/<token>.ics`: undefined unless the token is
 * this feed's (compared in constant time) and the feed is live. All the person's meetings, in every
 * pair: everything of running pairs, and what had already started when an ended pair ended.
 */
export async function readCalendarFeed(
  deps: AppDeps,
  feedId: string,
  token: string,
): Promise<string | undefined> {
  if (!isFeedToken(deps.keys.calendarFeeds, feedId, token)) return undefined;
  const { db } = deps.database;
  const feed = await findLiveFeed(db, feedId);
  if (!feed) return undefined;
  const pairs = await calendarPairsOfPerson(db, feed.orgId, feed.personId);
  const { series, meetings } = await seriesAndMeetingsOfPairs(
    db,
    feed.orgId,
    pairs.map((p) => p.pairId),
  );
  const endedAt = new Map(
    pairs.map((p) => [p.pairId, p.status === 'ended' ? (p.endedAt ?? deps.now()) : null]),
  );
  const shown = meetings.filter((m) => {
    const end = endedAt.get(m.pairId);
    return !end || m.startsAt.getTime() <= end.getTime();
  });
  return publishedCalendar({
    name: FEED_NAME,
    domain: calendarDomain(deps),
    now: deps.now(),
    refreshHours: 1,
    meetings: publishedMeetings(deps, pairs, series, shown),
  });
}
