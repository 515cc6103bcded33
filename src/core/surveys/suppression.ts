/**
 * Small-group suppression for survey results (issue 7): results are shown only in aggregate, never for
 * a group smaller than the organisation's minimum (default 5).
 *
 * The rules, applied to groups of respondents (their size is the number of distinct people):
 * 1. Minimum size: a figure about a group of fewer than `minGroupSize` people is not shown; it is
 *    replaced by `{ suppressed: true, reason: 'small_group' }`. An empty group is `no_answers`.
 * 2. Complementary suppression: where a total is shown next to its parts (e.g. everyone, and each side),
 *    the hidden parts can be worked out by subtraction. So when exactly one non-empty part is hidden,
 *    or several hidden parts hold fewer than `minGroupSize` people together, the smallest shown part is
 *    hidden too (`reason: 'complementary'`), and again until nothing small can be worked out. A total
 *    that is hidden while all its parts are shown would be their sum, so a part is hidden then as well.
 * 3. Remainders: a group that is never shown itself but follows from two shown figures (the people who
 *    answered the final review but not the kickoff survey) is a part like any other: if it is small, a
 *    shown figure next to it is hidden. Figures shown elsewhere are `fixed`: assumed known, never hidden.
 *
 * Callers list every "total = sum of parts" relation between the groups they publish; combinations
 * beyond those listed, and differences between figures taken at two moments, are not checked here.
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;

export type SuppressionReason = 'no_answers' | 'small_group' | 'complementary' | 'not_for_audience';
export type Suppressed = {
  readonly suppressed: true;
  readonly reason: SuppressionReason;
  readonly message: string;
};
export type Shown<T> = { readonly suppressed: false } & T;
export type Figure<T> = Shown<T> | Suppressed;

/** `publish`: shown unless a rule hides it; `fixed`: shown elsewhere; `remainder`: never shown. */
export type GroupRole = 'publish' | 'fixed' | 'remainder';
export type Group = { readonly size: number; readonly role?: GroupRole };
export type SumRelation = { readonly total: string; readonly parts: readonly string[] };
export type Visibility =
  | { readonly shown: true }
  | { readonly shown: false; readonly reason: 'no_answers' | 'small_group' | 'complementary' | 'remainder' };

/** Decides which groups may be shown; see the rules above. */
export function planSuppression(
  groups: Readonly<Record<string, Group>>,
  relations: readonly SumRelation[],
  minGroupSize: number,
): Record<string, Visibility> {
  const size = (id: string) => groups[id]?.size ?? 0;
  const role = (id: string) => groups[id]?.role ?? 'publish';
  const plan: Record<string, Visibility> = {};
  for (const id of Object.keys(groups)) plan[id] = initial(size(id), role(id), minGroupSize);
  const shown = (id: string) => plan[id]?.shown !== false;
  const guarded = (id: string) => {
    const v = plan[id];
    return v?.shown === false && size(id) > 0 && (v.reason === 'small_group' || v.reason === 'complementary');
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, parts } of relations) {
      const hidden = parts.filter((p) => !shown(p) && size(p) > 0);
      const hiddenSum = hidden.reduce((sum, p) => sum + size(p), 0);
      const leaks = shown(total)
        ? hidden.length === 1
          ? guarded(hidden[0]!)
          : hiddenSum > 0 && hiddenSum < minGroupSize
        : guarded(total) && hidden.length === 0;
      if (!leaks) continue;
      const candidates = parts
        .filter((p) => shown(p) && size(p) > 0 && role(p) === 'publish')
        .sort((a, b) => size(a) - size(b));
      const victim = candidates[0] ?? (shown(total) && role(total) === 'publish' ? total : undefined);
      if (victim === undefined) continue; // only fixed figures left: nothing this plan can hide
      plan[victim] = { shown: false, reason: 'complementary' };
      changed = true;
    }
  }
  return plan;
}

function initial(size: number, role: GroupRole, min: number): Visibility {
  if (role === 'fixed') return { shown: true };
  if (size === 0) return { shown: false, reason: 'no_answers' };
  if (size < min) return { shown: false, reason: 'small_group' };
  return role === 'remainder' ? { shown: false, reason: 'remainder' } : { shown: true };
}

export function suppressed(reason: SuppressionReason, minGroupSize: number): Suppressed {
  const messages: Record<SuppressionReason, string> = {
    no_answers: 'Nobody in this group has answered yet.',
    small_group: `Hidden: fewer than ${minGroupSize} people answered, so answers could be traced back to them.`,
    complementary: 'Hidden so that a smaller hidden group cannot be worked out by subtraction.',
    not_for_audience: 'Written answers are never shown to sponsors.',
  };
  return { suppressed: true, reason, message: messages[reason] };
}

/** The figure for a group when its plan says shown, otherwise why it is hidden. */
export function figureFor<T extends object>(
  visibility: Visibility | undefined,
  minGroupSize: number,
  build: () => T,
): Figure<T> {
  if (visibility?.shown === true) return { suppressed: false, ...build() };
  // A group the plan does not know is never shown.
  const reason = visibility === undefined ? 'small_group' : visibility.reason;
  return suppressed(reason === 'remainder' ? 'complementary' : reason, minGroupSize);
}
