/**
 * Kaplan–Meier (product-limit) estimate of a retention curve (issue 8).
 *
 * Each person is observed for `days` from a common start: either until the event (they left,
 * `event: true`) or until we stop watching while they are still there (`event: false`, right-censored:
 * still employed today). At every day on which someone left, with n people still at risk and d leaving:
 *
 *   survival S(t) = product over event days t_i <= t of (1 - d_i / n_i)
 *   Greenwood:  Var S(t) = S(t)^2 * sum over t_i <= t of d_i / (n_i (n_i - d_i)),  SE = sqrt(Var)
 *
 * - Ties: on a day with both leavers and censored people, the leavers are counted first, so the
 *   censored people are still at risk that day (the usual convention). "At risk on day t" is everyone
 *   observed for t days or more.
 * - The curve has one step per day with an event or a censoring; a censoring-only step keeps the
 *   survival and marks where people stopped being watched. Before the first step survival is 1.
 * - When survival reaches 0 the Greenwood term divides by zero: the standard error is then `null`.
 * - A duration that is negative or not a number cannot be a time in the program and is left out.
 * - Survival at a horizon (e.g. 182 or 365 days) is the last step on or before it. It is `null` when
 *   nobody was watched that long (and survival had not already reached 0): the data cannot say.
 */
export type Observation = { readonly days: number; readonly event: boolean };

export type CurveStep = {
  readonly day: number;
  /** People observed for `day` days or more. */
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
  readonly survival: number;
  readonly standardError: number | null;
};
export type KaplanMeierCurve = { readonly people: number; readonly steps: readonly CurveStep[] };
export type HorizonSurvival = {
  readonly day: number;
  readonly survival: number | null;
  readonly standardError: number | null;
  readonly atRisk: number;
};

/** The product-limit curve of the observations; see the rules above. */
export function kaplanMeier(observations: readonly Observation[]): KaplanMeierCurve {
  const valid = observations.filter((o) => Number.isFinite(o.days) && o.days >= 0);
  const byDay = new Map<number, { events: number; observed: number }>();
  for (const o of valid) {
    const day = byDay.get(o.days) ?? { events: 0, observed: 0 };
    byDay.set(o.days, { events: day.events + (o.event ? 1 : 0), observed: day.observed + 1 });
  }
  const steps: CurveStep[] = [];
  let atRisk = valid.length;
  let survival = 1;
  let greenwood = 0;
  for (const [day, { events, observed }] of [...byDay].sort(([a], [b]) => a - b)) {
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood += atRisk === events ? Number.POSITIVE_INFINITY : events / (atRisk * (atRisk - events));
    }
    const standardError = survival === 0 ? null : survival * Math.sqrt(greenwood);
    steps.push({ day, atRisk, events, censored: observed - events, survival, standardError });
    atRisk -= observed;
  }
  return { people: valid.length, steps };
}

/** Survival on each horizon day; see the rules above. */
export function survivalAt(curve: KaplanMeierCurve, horizons: readonly number[]): HorizonSurvival[] {
  return horizons.map((day) => {
    const past = curve.steps.filter((s) => s.day <= day);
    const last = past[past.length - 1];
    const atRisk = curve.steps.filter((s) => s.day >= day).reduce((n, s) => n + s.events + s.censored, 0);
    const reachedZero = last?.survival === 0;
    if (atRisk === 0 && !reachedZero) return { day, survival: null, standardError: null, atRisk };
    return { day, survival: last?.survival ?? 1, standardError: last ? last.standardError : 0, atRisk };
  });
}
