import { impactFigure } from '#core/impact/impact-figures';
import {
  type HorizonSurvival,
  type KaplanMeierCurve,
  kaplanMeier,
  survivalAt,
} from '#core/impact/kaplan-meier';
import { addMonths } from '#core/programs/calendar-dates';
import type { Side } from '#core/programs/intake-form';
import type { BySide } from '#core/surveys/aggregate-survey';
import { round } from '#core/surveys/question-figures';
import { type Figure, planSuppression } from '#core/surveys/suppression';

/**
 * Retention (issue 8): do participants stay longer than comparable colleagues who did not take part?
 * Everyone is followed from the program's start day to `asOf` (calendar dates, `YYYY-MM-DD`).
 *
 * - Who is followed: people employed on the start day — not hired after it, not gone on or before it.
 *   Someone has left when their status is `left` or their end date is on or before `asOf`; the end date
 *   is the day they left. Someone marked as left without an end date is not followed: we cannot say when.
 * - Comparable colleagues: not taking part, and for at least one participant: the same level, the same
 *   department (ignoring case; an empty department or unknown level matches nobody), and hired within
 *   `tenureMonths` (default 12) of the participant — so their tenure at the start differs by at most
 *   that much. A colleague comparable to a mentor is in the mentors' comparison group, to a mentee in
 *   the mentees'; one comparable to both is in both, and once in the overall group.
 * - Per group: the people followed, how many have left, and for each horizon (6 and 12 months by
 *   default) how many are still employed on the day that many months after the start, and their share
 *   (%, one decimal). A horizon after `asOf` is not measurable yet (`null`). Also the Kaplan–Meier
 *   curve (kaplan-meier.ts) with its survival on the horizon days; everyone still employed is censored
 *   at `asOf`. With a common start and no other censoring, the share equals the curve's survival.
 * - Suppression (suppression.ts): each group is hidden below `minGroupSize` people, and a side is hidden
 *   with the other when the group's total is shown (complementary), for both participants and
 *   comparison. A colleague in both comparison sides only makes that check stricter.
 */
export type EmploymentRecord = {
  readonly personId: string;
  readonly level: number | null;
  readonly department: string;
  readonly hireDate: string | null;
  readonly employmentStatus: 'active' | 'on_leave' | 'left';
  readonly endDate: string | null;
};
export type RetentionInput = {
  readonly programStart: string;
  readonly asOf: string;
  readonly participants: readonly (EmploymentRecord & { readonly side: Side })[];
  /** The organisation's people; participants among them are left out of the comparison. */
  readonly employees: readonly EmploymentRecord[];
};
export type RetentionOptions = {
  readonly minGroupSize: number;
  readonly tenureMonths?: number;
  readonly horizonMonths?: readonly number[];
};
export type RetentionHorizon = HorizonSurvival & {
  months: number;
  stillEmployed: number | null;
  percent: number | null;
};
export type RetentionFigures = {
  people: number;
  left: number;
  horizons: RetentionHorizon[];
  curve: KaplanMeierCurve;
};
export type RetentionGroup = { overall: Figure<RetentionFigures>; bySide: BySide<RetentionFigures> };
export type RetentionComparison = { participants: RetentionGroup; comparison: RetentionGroup };

type Followed = { readonly personId: string; readonly days: number; readonly left: boolean };

const DAY_MS = 86_400_000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const department = (p: EmploymentRecord) => p.department.trim().toLowerCase();

/** `compute`, each distinct argument worked out once (people share hire and end dates). */
function once<V>(compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}

/** Days from the program's start to a date. */
type DaysFromStart = (to: string) => number;

function follow(
  person: EmploymentRecord,
  start: string,
  asOf: string,
  sinceStart: DaysFromStart,
): Followed | null {
  const { endDate, hireDate } = person;
  if (hireDate !== null && hireDate > start) return null; // not hired yet on the start day
  const leaving = person.employmentStatus === 'left' || (endDate !== null && endDate <= asOf);
  if (!leaving || (endDate !== null && endDate > asOf))
    return { personId: person.personId, days: Math.max(0, sinceStart(asOf)), left: false };
  if (endDate === null || endDate <= start) return null; // left, but we cannot say when; or gone before
  return { personId: person.personId, days: sinceStart(endDate), left: true };
}

/** What a colleague must share with a participant: level, department and a hire date in a window. */
type Likeness = { level: number; department: string; hiredFrom: string; hiredTo: string };

/** `hiredWithin` gives the hire-date window of a participant's hire date. */
function likeness(
  participant: EmploymentRecord,
  hiredWithin: { from: (hireDate: string) => string; to: (hireDate: string) => string },
): Likeness | null {
  const { level, hireDate } = participant;
  if (level === null || hireDate === null || department(participant) === '') return null;
  return {
    level,
    department: department(participant),
    hiredFrom: hiredWithin.from(hireDate),
    hiredTo: hiredWithin.to(hireDate),
  };
}

type Window = { from: string; to: string };
const likenessKey = (level: number, dept: string) => `${level}|${dept}`;

/**
 * The participants' likenesses as, per level and department, their hire-date windows merged into
 * disjoint ranges sorted by start, so a colleague is checked by one lookup and a binary search rather
 * than against every participant (10,000 participants × 50,000 colleagues would be 5 × 10⁸ checks).
 */
function windowsByKey(likes: readonly Likeness[]): Map<string, Window[]> {
  const grouped = new Map<string, Window[]>();
  for (const like of likes) {
    const key = likenessKey(like.level, like.department);
    const list = grouped.get(key) ?? [];
    list.push({ from: like.hiredFrom, to: like.hiredTo });
    grouped.set(key, list);
  }
  for (const [key, list] of grouped) {
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const merged: Window[] = [];
    for (const w of list) {
      const last = merged.at(-1);
      if (last && w.from <= last.to) last.to = w.to > last.to ? w.to : last.to;
      else merged.push({ ...w });
    }
    grouped.set(key, merged);
  }
  return grouped;
}

/** A colleague followed, with the level-and-department key and hire date they are compared on. */
type Colleague = { readonly key: string | null; readonly hired: string; readonly followed: Followed };

function comparable(colleague: Colleague, windows: ReadonlyMap<string, readonly Window[]>): boolean {
  const list = colleague.key === null ? undefined : windows.get(colleague.key);
  if (!list) return false;
  const { hired } = colleague;
  let [lo, hi] = [0, list.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = list[mid]!;
    if (hired < w.from) hi = mid - 1;
    else if (hired > w.to) lo = mid + 1;
    else return true;
  }
  return false;
}

function summarise(
  group: readonly Followed[],
  input: RetentionInput,
  months: readonly number[],
): RetentionFigures {
  const curve = kaplanMeier(group.map((f) => ({ days: f.days, event: f.left })));
  const horizons = months.map((m): RetentionHorizon => {
    const date = addMonths(input.programStart, m);
    const day = days(input.programStart, date);
    const [km] = survivalAt(curve, [day]);
    const still = date <= input.asOf ? group.filter((f) => !(f.left && f.days <= day)).length : null;
    const percent = still === null ? null : round((100 * still) / group.length, 1);
    return { ...km!, months: m, stillEmployed: still, percent };
  });
  return { people: group.length, left: group.filter((f) => f.left).length, horizons, curve };
}

function groupFigures(
  sides: Record<Side, readonly Followed[]>,
  input: RetentionInput,
  options: RetentionOptions,
): RetentionGroup {
  const min = options.minGroupSize;
  const all = [...new Map([...sides.mentor, ...sides.mentee].map((f) => [f.personId, f])).values()];
  const groups = { all, mentor: sides.mentor, mentee: sides.mentee };
  const plan = planSuppression(
    {
      all: { size: all.length },
      mentor: { size: sides.mentor.length },
      mentee: { size: sides.mentee.length },
    },
    [{ total: 'all', parts: ['mentor', 'mentee'] }],
    min,
  );
  const months = options.horizonMonths ?? [6, 12];
  const figure = (id: keyof typeof groups) =>
    impactFigure(plan[id], min, () => summarise(groups[id], input, months));
  return { overall: figure('all'), bySide: { mentor: figure('mentor'), mentee: figure('mentee') } };
}

/** Participants' retention against comparable colleagues'; see the rules above. */
export function compareRetention(input: RetentionInput, options: RetentionOptions): RetentionComparison {
  const { programStart: start, asOf } = input;
  const tenure = options.tenureMonths ?? 12;
  const sinceStart: DaysFromStart = once((to) => days(start, to));
  const [earlier, later] = [
    once((date) => addMonths(date, -tenure)),
    once((date) => addMonths(date, tenure)),
  ];
  const taking = new Set(input.participants.map((p) => p.personId));
  const participants = input.participants.flatMap((p) => {
    const followed = follow(p, start, asOf, sinceStart);
    return followed ? [{ record: p, side: p.side, followed }] : [];
  });
  const colleagues: Colleague[] = [];
  for (const e of input.employees) {
    if (taking.has(e.personId) || e.hireDate === null) continue;
    const followed = follow(e, start, asOf, sinceStart);
    if (!followed) continue;
    const key = e.level === null ? null : likenessKey(e.level, department(e));
    colleagues.push({ key, hired: e.hireDate, followed });
  }
  const ofSide = (side: Side) => participants.filter((p) => p.side === side);
  const comparableTo = (side: Side) => {
    const windows = windowsByKey(
      ofSide(side).flatMap((p) => likeness(p.record, { from: earlier, to: later }) ?? []),
    );
    return colleagues.filter((c) => comparable(c, windows)).map((c) => c.followed);
  };
  return {
    participants: groupFigures(
      { mentor: ofSide('mentor').map((p) => p.followed), mentee: ofSide('mentee').map((p) => p.followed) },
      input,
      options,
    ),
    comparison: groupFigures(
      { mentor: comparableTo('mentor'), mentee: comparableTo('mentee') },
      input,
      options,
    ),
  };
}
