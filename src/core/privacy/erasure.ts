import { fail, issue, ok, type Result } from '#core/result';

/**
 * Issue 9, "Personal data": the rules of erasing a person and of purging an ended program's
 * personal content. Pure: the store does the writing, with the values decided here.
 */

/** What an erased person is called from now on, everywhere their name was shown. */
export const ERASED_NAME = 'Erased person';

/** A unique address that can never receive mail (`.invalid` is reserved, RFC 2606). */
export function erasedEmail(personId: string): string {
  return `erased-${personId}@erased.invalid`;
}

/** Question kinds whose answers are a person's own words; every other kind is a count or a choice. */
const TEXT_KINDS: ReadonlySet<string> = new Set(['short_text', 'long_text']);

/**
 * A survey response without its free-text answers. Scale and choice answers stay, so results and
 * before/after figures are unchanged. An answer to a question the template no longer names is
 * dropped when it is text (a string that is not one of the question's choices cannot be told apart
 * from words), kept when it is a number.
 */
export function withoutTextAnswers(
  questions: readonly { readonly id: string; readonly kind: string }[],
  answers: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const kindOf = new Map(questions.map((q) => [q.id, q.kind]));
  const kept: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    const kind = kindOf.get(id);
    if (kind === undefined ? typeof value === 'string' : TEXT_KINDS.has(kind)) continue;
    kept[id] = value;
  }
  return kept;
}

export type ErasureCheck = {
  readonly callerPersonId: string | null;
  readonly personId: string;
  readonly personEmail: string;
  readonly alreadyErased: boolean;
  /** What the org admin typed to confirm. */
  readonly confirm: string;
  /** Whether the person's membership holds the org_admin role. */
  readonly personIsOrgAdmin: boolean;
  /** Org admins of the organisation, the person included when they are one. */
  readonly orgAdminCount: number;
};

/** Whether this erasure may go ahead: typed confirmation, never yourself, never the last org admin. */
export function checkErasure(c: ErasureCheck): Result<true> {
  if (c.alreadyErased) return fail([issue('conflict', 'This person has already been erased.')]);
  if (c.callerPersonId === c.personId)
    return fail([issue('conflict', 'You cannot erase yourself. Ask another org admin.')]);
  if (c.personIsOrgAdmin && c.orgAdminCount <= 1)
    return fail([issue('conflict', 'This is the last org admin. Make someone else an org admin first.')]);
  if (c.confirm.trim().toLowerCase() !== c.personEmail.trim().toLowerCase())
    return fail([
      issue('confirm_mismatch', "Type the person's email address exactly to confirm.", ['confirm']),
    ]);
  return ok(true);
}

export const RETENTION_MONTHS_MIN = 6;
export const RETENTION_MONTHS_MAX = 120;

/** The first moment at which a program closed at `closedAt` is due for purging. */
export function purgeDueAt(closedAt: Date, retentionMonths: number): Date {
  const due = new Date(closedAt.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + retentionMonths);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}

export type RetentionCandidate = {
  readonly id: string;
  readonly phase: string;
  /** When it moved to closed, from its transitions; null when no transition was recorded. */
  readonly closedAt: Date | null;
  /** YYYY-MM-DD: the closing date when no transition was recorded. */
  readonly endDate: string;
  readonly purgedAt: Date | null;
};

/** The closed, not yet purged programs whose retention period has passed at `now`. */
export function programsDueForPurge(
  programs: readonly RetentionCandidate[],
  retentionMonths: number,
  now: Date,
): string[] {
  return programs
    .filter((p) => p.phase === 'closed' && p.purgedAt === null)
    .filter((p) => {
      const closedAt = p.closedAt ?? new Date(`${p.endDate}T00:00:00Z`);
      return purgeDueAt(closedAt, retentionMonths).getTime() <= now.getTime();
    })
    .map((p) => p.id);
}
