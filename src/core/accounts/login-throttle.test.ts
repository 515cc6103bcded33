import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideLoginThrottle,
  LOGIN_THROTTLE,
  type RecentFailures,
  throttleMessage,
} from '#core/accounts/login-throttle';

const now = new Date('2026-03-02T09:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const none: RecentFailures = { count: 0, oldestAt: null };
const failures = (count: number, oldestMinutesAgo = 1): RecentFailures => ({
  count,
  oldestAt: count > 0 ? minutesAgo(oldestMinutesAgo) : null,
});
const decide = (account: RecentFailures, address: RecentFailures = none) =>
  decideLoginThrottle({ account, address }, now);

describe('decideLoginThrottle', () => {
  it('allows the first few failures without waiting', () => {
    for (let count = 0; count < LOGIN_THROTTLE.perAccount.delayAfter; count++) {
      expect(decide(failures(count))).toEqual({ kind: 'allow' });
    }
  });

  it('then waits half a second, doubling with each failure up to a cap', () => {
    const delays = [3, 4, 5, 6, 9].map((count) => decide(failures(count)));
    expect(delays).toEqual([
      { kind: 'delay', delayMs: 500 },
      { kind: 'delay', delayMs: 1000 },
      { kind: 'delay', delayMs: 2000 },
      { kind: 'delay', delayMs: 4000 },
      { kind: 'delay', delayMs: 4000 },
    ]);
  });

  it('refuses an account at ten failures until the oldest leaves the fifteen-minute window', () => {
    expect(decide(failures(10, 1))).toEqual({ kind: 'refuse', retryAfterSeconds: 14 * 60 });
    expect(decide(failures(12, 14.5))).toEqual({ kind: 'refuse', retryAfterSeconds: 30 });
    expect(decide(failures(10, 15))).toEqual({ kind: 'refuse', retryAfterSeconds: 1 });
  });

  it('throttles an address on its own, whatever the account', () => {
    expect(decide(none, failures(19))).toEqual({ kind: 'allow' });
    expect(decide(none, failures(20))).toEqual({ kind: 'delay', delayMs: 500 });
    expect(decide(none, failures(50, 5))).toEqual({ kind: 'refuse', retryAfterSeconds: 10 * 60 });
  });

  it('takes the stricter of the two', () => {
    expect(decide(failures(5), failures(21))).toEqual({ kind: 'delay', delayMs: 2000 });
    expect(decide(failures(10, 14), failures(50, 2))).toEqual({ kind: 'refuse', retryAfterSeconds: 13 * 60 });
  });

  it('never refuses below the limits and never waits longer than the cap', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(200), (account, address) => {
        const decision = decide(failures(account), failures(address));
        const over =
          account >= LOGIN_THROTTLE.perAccount.refuseAt || address >= LOGIN_THROTTLE.perAddress.refuseAt;
        expect(decision.kind === 'refuse').toBe(over);
        if (decision.kind === 'delay')
          expect(decision.delayMs).toBeLessThanOrEqual(LOGIN_THROTTLE.maxDelayMs);
        if (decision.kind === 'refuse') expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('throttleMessage', () => {
  it('says how long to wait in whole minutes', () => {
    expect(throttleMessage(15 * 60)).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(throttleMessage(61)).toBe('Too many failed sign-in attempts. Try again in 2 minutes.');
    expect(throttleMessage(5)).toBe('Too many failed sign-in attempts. Try again in 1 minute.');
  });
});
