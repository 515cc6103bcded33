/**
 * When the reminder jobs (issue 7) have something to send, from dates alone. Each job runs on a
 * schedule and may miss runs (a restart, a long outage): every rule here answers "what is due at
 * `now`" so that a late run sends what is due then, and the job's send-once keys stop repeats.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Whole days elapsed from `from` to `to` (negative when `from` is later). */
export const daysBetween = (from: Date, to: Date): number =>
  Math.floor((to.getTime() - from.getTime()) / DAY_MS);

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export const utcDate = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The kickoff agreement is nudged 3, 7 and 14 days after the pair started, while not agreed. */
export const AGREEMENT_NUDGE_DAYS = [3, 7, 14] as const;
export type AgreementNudgeDay = (typeof AGREEMENT_NUDGE_DAYS)[number];

/**
 * The latest nudge day passed at `now`, or null before the first. A run that missed days sends only
 * this one (its key names the day), never the earlier ones all at once.
 */
export function agreementNudgeDay(startedAt: Date, now: Date): AgreementNudgeDay | null {
  const days = daysBetween(startedAt, now);
  let due: AgreementNudgeDay | null = null;
  for (const day of AGREEMENT_NUDGE_DAYS) if (days >= day) due = day;
  return due;
}

/** The latest start of a pair that may be due a nudge at `now`: what the store may filter on. */
export const agreementNudgeCutoff = (now: Date): Date =>
  new Date(now.getTime() - AGREEMENT_NUDGE_DAYS[0] * DAY_MS);

/** A pair is quiet when nothing has happened for this many days. */
export const QUIET_SPELL_DAYS = 30;

/**
 * What a quiet spell is counted from, as pair health counts it: the latest meeting held or logged;
 * before any, the first planned meeting; before any is planned, the day the pair started.
 */
export function lastActivity(facts: {
  readonly startedAt: Date;
  readonly latestHeld: Date | null;
  readonly firstPlanned: Date | null;
}): Date {
  return facts.latestHeld ?? facts.firstPlanned ?? facts.startedAt;
}

/** The latest `lastActivity` that is quiet at `now`: what the store may filter on. */
export const quietCutoff = (now: Date): Date => new Date(now.getTime() - QUIET_SPELL_DAYS * DAY_MS);

export type QuietSpell = {
  /** The UTC date of the last activity: it names the spell, so each spell is nudged once. */
  readonly since: string;
  readonly days: number;
};

/** The quiet spell the pair is in at `now`, or null when something happened in the last 30 days. */
export function quietSpell(lastActivityAt: Date, now: Date): QuietSpell | null {
  const days = daysBetween(lastActivityAt, now);
  return days >= QUIET_SPELL_DAYS ? { since: utcDate(lastActivityAt), days } : null;
}

/** A meeting is reminded of once it starts within this many hours. */
export const MEETING_REMINDER_HOURS = 24;

/** The starts a reminder is due for at `now`: after `now` (not in the past), until 24 hours on. */
export function meetingReminderWindow(now: Date): { readonly after: Date; readonly until: Date } {
  return {
    after: new Date(now.getTime()),
    until: new Date(now.getTime() + MEETING_REMINDER_HOURS * HOUR_MS),
  };
}

export function isInReminderWindow(startsAt: Date, now: Date): boolean {
  const { after, until } = meetingReminderWindow(now);
  return startsAt.getTime() > after.getTime() && startsAt.getTime() <= until.getTime();
}

/** The ISO 8601 week of `now` in UTC, e.g. "2026-W47" (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeek(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
