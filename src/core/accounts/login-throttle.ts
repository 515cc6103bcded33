/**
 * Sign-in throttling from recent failures: a few free tries, then a growing delay, then refusal
 * until the window has passed. Counted per account (normalised email, known or not, so a refusal
 * never tells whether an account exists) and per client address.
 */

/** Failed sign-ins within the window for one key: how many, and when the oldest of them was. */
export type RecentFailures = { readonly count: number; readonly oldestAt: Date | null };

export type ThrottleLimit = {
  /** Failures allowed before responses start to wait. */
  readonly delayAfter: number;
  /** At this many failures within the window, sign-in is refused. */
  readonly refuseAt: number;
};

export type LoginThrottlePolicy = {
  readonly windowMs: number;
  readonly perAccount: ThrottleLimit;
  readonly perAddress: ThrottleLimit;
  /** The first delay; each further failure doubles it, up to maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
};

export const LOGIN_THROTTLE: LoginThrottlePolicy = {
  windowMs: 15 * 60_000,
  perAccount: { delayAfter: 3, refuseAt: 10 },
  perAddress: { delayAfter: 20, refuseAt: 50 },
  baseDelayMs: 500,
  maxDelayMs: 4_000,
};

export type ThrottleDecision =
  | { readonly kind: 'allow' }
  | { readonly kind: 'delay'; readonly delayMs: number }
  | { readonly kind: 'refuse'; readonly retryAfterSeconds: number };

export function decideLoginThrottle(
  recent: { readonly account: RecentFailures; readonly address: RecentFailures },
  now: Date,
  policy: LoginThrottlePolicy = LOGIN_THROTTLE,
): ThrottleDecision {
  const limits = [
    { failures: recent.account, limit: policy.perAccount },
    { failures: recent.address, limit: policy.perAddress },
  ];
  const refusals = limits
    .filter(({ failures, limit }) => failures.count >= limit.refuseAt)
    .map(({ failures }) => retryAfterSeconds(failures, now, policy.windowMs));
  if (refusals.length > 0) return { kind: 'refuse', retryAfterSeconds: Math.max(...refusals) };
  const delayMs = Math.max(
    ...limits.map(({ failures, limit }) => delayFor(failures.count - limit.delayAfter, policy)),
  );
  return delayMs > 0 ? { kind: 'delay', delayMs } : { kind: 'allow' };
}

/** 0 while within the free tries, then base, 2 × base, 4 × base ... capped. */
function delayFor(beyondFree: number, policy: LoginThrottlePolicy): number {
  if (beyondFree < 0) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(beyondFree, 30));
}

/** Until the oldest failure leaves the window; at least one second. */
function retryAfterSeconds(failures: RecentFailures, now: Date, windowMs: number): number {
  const until = (failures.oldestAt?.getTime() ?? now.getTime()) + windowMs;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/** "Too many failed sign-in attempts. Try again in 15 minutes." */
export function throttleMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = minutes <= 1 ? '1 minute' : `${minutes} minutes`;
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}
