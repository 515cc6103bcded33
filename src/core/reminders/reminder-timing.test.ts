import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_NUDGE_DAYS,
  agreementNudgeCutoff,
  agreementNudgeDay,
  isInReminderWindow,
  isoWeek,
  lastActivity,
  meetingReminderWindow,
  QUIET_SPELL_DAYS,
  quietCutoff,
  quietSpell,
} from '#core/reminders/reminder-timing';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const started = new Date('2026-09-01T09:30:00Z');
const plus = (ms: number, from = started) => new Date(from.getTime() + ms);
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('agreementNudgeDay', () => {
  it('is null until three whole days have passed, then the latest of 3, 7 and 14', () => {
    expect(agreementNudgeDay(started, started)).toBeNull();
    expect(agreementNudgeDay(started, plus(3 * DAY - 1))).toBeNull();
    expect(agreementNudgeDay(started, plus(3 * DAY))).toBe(3);
    expect(agreementNudgeDay(started, plus(6 * DAY + 23 * HOUR))).toBe(3);
    expect(agreementNudgeDay(started, plus(7 * DAY))).toBe(7);
    expect(agreementNudgeDay(started, plus(13 * DAY))).toBe(7);
    expect(agreementNudgeDay(started, plus(14 * DAY))).toBe(14);
    expect(agreementNudgeDay(started, plus(90 * DAY))).toBe(14);
  });

  it('agrees with the cutoff the store filters on', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -30 * DAY, max: 30 * DAY }), (now, offset) => {
        const start = plus(offset, agreementNudgeCutoff(now));
        expect(agreementNudgeDay(start, now) !== null).toBe(
          start.getTime() <= agreementNudgeCutoff(now).getTime(),
        );
      }),
    );
  });

  it('is null for a pair that starts later', () => {
    expect(agreementNudgeDay(started, plus(-10 * DAY))).toBeNull();
  });

  it('gives a job that missed days one nudge (the latest due), never the earlier ones too', () => {
    // A daily job that did not run from day 2 to day 15 sees only day 14 when it runs again.
    expect(agreementNudgeDay(started, plus(15 * DAY))).toBe(14);
  });

  it('over a daily run, sends each threshold once, in order, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 * 60 }), (minuteOfDay) => {
        const due: number[] = [];
        for (let day = 0; day <= 40; day += 1) {
          const nudge = agreementNudgeDay(started, plus(day * DAY + minuteOfDay * 60_000));
          if (nudge !== null && !due.includes(nudge)) due.push(nudge);
        }
        expect(due).toEqual([...AGREEMENT_NUDGE_DAYS]);
      }),
    );
  });

  it('never goes back to an earlier threshold as time moves on', () => {
    fc.assert(
      fc.property(instant, fc.nat(60 * DAY), fc.nat(60 * DAY), (start, a, b) => {
        const early = agreementNudgeDay(start, plus(Math.min(a, b), start)) ?? 0;
        const late = agreementNudgeDay(start, plus(Math.max(a, b), start)) ?? 0;
        expect(late).toBeGreaterThanOrEqual(early);
      }),
    );
  });
});

describe('quiet spells', () => {
  it('counts from the latest held meeting, else the first planned, else the start', () => {
    const held = plus(20 * DAY);
    const planned = plus(10 * DAY);
    expect(lastActivity({ startedAt: started, latestHeld: held, firstPlanned: planned })).toBe(held);
    expect(lastActivity({ startedAt: started, latestHeld: null, firstPlanned: planned })).toBe(planned);
    expect(lastActivity({ startedAt: started, latestHeld: null, firstPlanned: null })).toBe(started);
  });

  it('is quiet from 30 whole days on, named by the date of the last activity', () => {
    expect(quietSpell(started, plus(30 * DAY - 1))).toBeNull();
    expect(quietSpell(started, plus(30 * DAY))).toEqual({ since: '2026-09-01', days: 30 });
    expect(quietSpell(started, plus(45 * DAY))).toEqual({ since: '2026-09-01', days: 45 });
    expect(quietSpell(plus(5 * DAY), plus(10 * DAY))).toBeNull();
  });

  it('keeps one name for a whole spell, so the nudge goes once per spell', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 30, max: 400 }),
        fc.integer({ min: 30, max: 400 }),
        (last, d1, d2) => {
          const one = quietSpell(last, plus(d1 * DAY, last));
          const two = quietSpell(last, plus(d2 * DAY, last));
          expect(one?.since).toBeDefined();
          expect(one?.since).toBe(two?.since);
        },
      ),
    );
  });

  it('agrees with the cutoff the store filters on', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -100 * DAY, max: 100 * DAY }), (now, offset) => {
        const last = plus(offset, quietCutoff(now));
        expect(quietSpell(last, now) !== null).toBe(last.getTime() <= quietCutoff(now).getTime());
      }),
    );
    expect(QUIET_SPELL_DAYS).toBe(30);
  });
});

describe('the meeting reminder window', () => {
  const now = new Date('2026-11-16T08:00:00Z');

  it('takes meetings starting after now and up to 24 hours on', () => {
    expect(isInReminderWindow(now, now)).toBe(false);
    expect(isInReminderWindow(plus(-1, now), now)).toBe(false);
    expect(isInReminderWindow(plus(1, now), now)).toBe(true);
    expect(isInReminderWindow(plus(24 * HOUR, now), now)).toBe(true);
    expect(isInReminderWindow(plus(24 * HOUR + 1, now), now)).toBe(false);
    expect(meetingReminderWindow(now)).toEqual({ after: now, until: plus(24 * HOUR, now) });
  });

  it('reminds of every meeting once on a 15-minute schedule: some run sees it in the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 7 * 24 * 60 }), (minutesAhead) => {
        const startsAt = plus(minutesAhead * 60_000, now);
        const runs = Array.from({ length: 7 * 24 * 4 + 1 }, (_, i) => plus(i * 15 * 60_000, now));
        expect(runs.some((run) => isInReminderWindow(startsAt, run))).toBe(true);
      }),
    );
  });
});

describe('isoWeek', () => {
  it('names the ISO week, including the years whose first days belong to another year', () => {
    expect(isoWeek(new Date('2026-11-16T07:00:00Z'))).toBe('2026-W47');
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2021-01-03T23:59:59Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2021-01-04T00:00:00Z'))).toBe('2021-W01');
  });

  it('is the same Monday to Sunday and changes from one Monday to the next', () => {
    fc.assert(
      fc.property(instant, (now) => {
        const weekday = now.getUTCDay() || 7;
        const monday = new Date(
          Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - weekday + 1),
        );
        const sunday = new Date(monday.getTime() + 7 * DAY - 1);
        expect(isoWeek(monday)).toBe(isoWeek(now));
        expect(isoWeek(sunday)).toBe(isoWeek(now));
        expect(isoWeek(new Date(monday.getTime() + 7 * DAY))).not.toBe(isoWeek(now));
        const [year, week] = isoWeek(now).split('-W').map(Number);
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        // The week's Thursday is in the ISO year.
        expect(new Date(monday.getTime() + 3 * DAY).getUTCFullYear()).toBe(year);
      }),
    );
  });
});
