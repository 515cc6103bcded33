/**
 * Pair health (issue 7): rates a pair healthy, at risk or inactive from facts HR can act on, and says
 * why. The reasons are plain words built from counts and dates only: never notes, concern text, which
 * person gave a low rating, or a pair's exact ratings.
 *
 * Inactive (the worse of the two), when either:
 *  - the kickoff agreement is still pending `kickoffInactiveDays` (21) or more days after the pair started;
 *  - the first planned meeting has passed and no meeting has been held or logged for
 *    `quietInactiveDays` (30) or more days, counted from the latest held or logged meeting, or from the
 *    first planned meeting when none has been.
 * At risk, when any of:
 *  - the kickoff agreement is pending `kickoffAtRiskDays` (7) or more days after the pair started;
 *  - fewer than `minHeldPercent` (60%) of the meetings planned so far were held;
 *  - `missedOfRecent` (2) or more of the last `recentMeetings` (3) planned meetings were missed;
 *  - the average pulse (both people's 1–5 ratings) of the last 3 rated meetings is below
 *    `minRecentPulse` (3);
 *  - a concern is open;
 *  - in the latest check-in, either person answered "how is it going" with `lowCheckIn` (2) or less.
 * Otherwise healthy. "Planned so far" = meetings not cancelled whose start has passed; days are whole
 * days elapsed. Every rule that applies gives a reason, the inactive ones first.
 */
export const PAIR_HEALTH_RULES = {
  kickoffInactiveDays: 21,
  kickoffAtRiskDays: 7,
  quietInactiveDays: 30,
  minHeldPercent: 60,
  recentMeetings: 3,
  missedOfRecent: 2,
  minRecentPulse: 3,
  lowCheckIn: 2,
} as const;

export const HEALTH_STATES = ['healthy', 'at_risk', 'inactive'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export type MeetingFacts = {
  readonly startsAt: Date;
  readonly status: 'scheduled' | 'held' | 'missed' | 'cancelled';
  /** Someone logged it (held or missed). */
  readonly logged: boolean;
  readonly mentorPulse: number | null;
  readonly menteePulse: number | null;
};
export type PairHealthInput = {
  readonly startedAt: Date;
  readonly agreement: 'agreed' | 'pending';
  /** All the pair's meetings, in any order. */
  readonly meetings: readonly MeetingFacts[];
  /** Each side's latest "how is it going" answer (1–5) from a check-in, or null. */
  readonly latestCheckIn: { readonly mentor: number | null; readonly mentee: number | null } | null;
  readonly openConcerns: number;
};

export type HealthReasonCode =
  | 'kickoff_overdue'
  | 'no_recent_meetings'
  | 'kickoff_pending'
  | 'few_meetings_held'
  | 'meetings_missed'
  | 'low_pulse'
  | 'open_concern'
  | 'low_check_in';
export type HealthReason = { readonly code: HealthReasonCode; readonly message: string };
export type PairHealth = { readonly state: HealthState; readonly reasons: readonly HealthReason[] };

const DAY_MS = 86_400_000;
const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function inactiveReasons(
  input: PairHealthInput,
  planned: readonly MeetingFacts[],
  now: Date,
): HealthReason[] {
  const R = PAIR_HEALTH_RULES;
  const reasons: HealthReason[] = [];
  const sinceStart = daysBetween(input.startedAt, now);
  if (input.agreement === 'pending' && sinceStart >= R.kickoffInactiveDays)
    reasons.push({
      code: 'kickoff_overdue',
      message: `The kickoff agreement is still not agreed, ${plural(sinceStart, 'day', 'days')} after the pair started.`,
    });
  const first = planned[0];
  if (first) {
    const active = planned.filter((m) => m.status === 'held' || m.logged);
    const latest = active[active.length - 1];
    const quietDays = daysBetween((latest ?? first).startsAt, now);
    if (quietDays >= R.quietInactiveDays)
      reasons.push({
        code: 'no_recent_meetings',
        message: latest
          ? `No meeting has been held or logged for ${quietDays} days.`
          : `No meeting has been held or logged since the first one was planned, ${quietDays} days ago.`,
      });
  }
  return reasons;
}

function atRiskReasons(input: PairHealthInput, planned: readonly MeetingFacts[], now: Date): HealthReason[] {
  const R = PAIR_HEALTH_RULES;
  const reasons: HealthReason[] = [];
  const sinceStart = daysBetween(input.startedAt, now);
  if (
    input.agreement === 'pending' &&
    sinceStart >= R.kickoffAtRiskDays &&
    sinceStart < R.kickoffInactiveDays
  )
    reasons.push({
      code: 'kickoff_pending',
      message: `The kickoff agreement is not agreed yet, ${plural(sinceStart, 'day', 'days')} after the pair started.`,
    });
  const held = planned.filter((m) => m.status === 'held').length;
  if (planned.length > 0 && held * 100 < R.minHeldPercent * planned.length)
    reasons.push({
      code: 'few_meetings_held',
      message:
        held === 0
          ? planned.length === 1
            ? 'The first planned meeting has not been logged as held.'
            : `None of the ${planned.length} planned meetings so far has been logged as held.`
          : `Only ${held} of the ${planned.length} planned meetings so far ${held === 1 ? 'was' : 'were'} held.`,
    });
  const recent = planned.slice(-R.recentMeetings);
  const missed = recent.filter((m) => m.status === 'missed').length;
  if (missed >= R.missedOfRecent)
    reasons.push({
      code: 'meetings_missed',
      message: `${missed} of the last ${recent.length} meetings were missed.`,
    });
  const pulses = planned
    .map((m) => [m.mentorPulse, m.menteePulse].filter((p): p is number => p !== null))
    .filter((p) => p.length > 0)
    .slice(-R.recentMeetings)
    .flat();
  if (pulses.length > 0 && pulses.reduce((sum, p) => sum + p, 0) / pulses.length < R.minRecentPulse)
    reasons.push({
      code: 'low_pulse',
      message: `Recent meetings were rated as not very useful (below ${R.minRecentPulse} out of 5 on average).`,
    });
  if (input.openConcerns > 0)
    reasons.push({
      code: 'open_concern',
      message:
        input.openConcerns === 1
          ? 'A concern is open and needs a reply.'
          : `${input.openConcerns} concerns are open and need a reply.`,
    });
  const checkIn = [input.latestCheckIn?.mentor ?? null, input.latestCheckIn?.mentee ?? null];
  if (checkIn.some((answer) => answer !== null && answer <= R.lowCheckIn))
    reasons.push({
      code: 'low_check_in',
      message: 'In the latest check-in, the mentoring was said to be not going well.',
    });
  return reasons;
}

/** Rates one pair at `now`; see the rules above. */
export function ratePairHealth(input: PairHealthInput, now: Date): PairHealth {
  const planned = input.meetings
    .filter((m) => m.status !== 'cancelled' && m.startsAt.getTime() <= now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const inactive = inactiveReasons(input, planned, now);
  const atRisk = atRiskReasons(input, planned, now);
  const state: HealthState = inactive.length > 0 ? 'inactive' : atRisk.length > 0 ? 'at_risk' : 'healthy';
  return { state, reasons: [...inactive, ...atRisk] };
}

/** How many pairs are in each state. */
export function summariseHealth(pairs: readonly Pick<PairHealth, 'state'>[]): Record<HealthState, number> & {
  total: number;
} {
  const counts = { healthy: 0, at_risk: 0, inactive: 0, total: pairs.length };
  for (const p of pairs) counts[p.state] += 1;
  return counts;
}
