import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { pairAgreements } from '#store/schema';

/** A pair's kickoff agreement: one row per pair, versioned; scoped by organisation. */
export type AgreementRow = typeof pairAgreements.$inferSelect;

export type AgreementContent = {
  readonly groundRules: readonly string[];
  readonly schedule: Record<string, unknown>;
  readonly mentorObjectives: readonly string[];
  readonly menteeObjectives: readonly string[];
};

export async function getAgreement(db: Db, orgId: string, pairId: string): Promise<AgreementRow | undefined> {
  const [row] = await db
    .select()
    .from(pairAgreements)
    .where(and(eq(pairAgreements.orgId, orgId), eq(pairAgreements.pairId, pairId)));
  return row;
}

/**
 * The pair's agreement, created from `defaults` (computed only then) on first read. Two first reads at once do not collide:
 * the second insert does nothing and both read the one row.
 */
export async function ensureAgreement(
  db: Db,
  orgId: string,
  pairId: string,
  defaults: () => Promise<AgreementContent>,
): Promise<AgreementRow> {
  const existing = await getAgreement(db, orgId, pairId);
  if (existing) return existing;
  await db
    .insert(pairAgreements)
    .values({ orgId, pairId, ...copy(await defaults()) })
    .onConflictDoNothing({ target: pairAgreements.pairId });
  return (await getAgreement(db, orgId, pairId))!;
}

/**
 * Saves a new version when `version` is still the current one and the agreement is not yet agreed:
 * the version goes up and both acceptances are cleared. Undefined when someone else saved first.
 */
export async function saveAgreementVersion(
  db: Db,
  orgId: string,
  pairId: string,
  version: number,
  content: AgreementContent & { readonly updatedByPersonId: string; readonly at: Date },
): Promise<AgreementRow | undefined> {
  const [row] = await db
    .update(pairAgreements)
    .set({
      ...copy(content),
      version: sql`${pairAgreements.version} + 1`,
      mentorAcceptedAt: null,
      menteeAcceptedAt: null,
      updatedByPersonId: content.updatedByPersonId,
      updatedAt: content.at,
    })
    .where(draftAt(orgId, pairId, version))
    .returning();
  return row;
}

/** The agreement row still at `version` and not yet agreed: the only one an edit or acceptance may change. */
const draftAt = (orgId: string, pairId: string, version: number) =>
  and(
    eq(pairAgreements.orgId, orgId),
    eq(pairAgreements.pairId, pairId),
    eq(pairAgreements.version, version),
    isNull(pairAgreements.agreedAt),
  );

/**
 * Records one side's acceptance of `version`; when the other side has already accepted it, the
 * agreement is agreed at the same moment. Undefined when the version is not current or already agreed.
 */
export async function acceptAgreementVersion(
  db: Db,
  orgId: string,
  pairId: string,
  version: number,
  side: 'mentor' | 'mentee',
  at: Date,
): Promise<AgreementRow | undefined> {
  const mine = side === 'mentor' ? pairAgreements.mentorAcceptedAt : pairAgreements.menteeAcceptedAt;
  const theirs = side === 'mentor' ? pairAgreements.menteeAcceptedAt : pairAgreements.mentorAcceptedAt;
  const stamp = at.toISOString();
  const accepted = sql`coalesce(${mine}, ${stamp}::timestamptz)`;
  const [row] = await db
    .update(pairAgreements)
    .set({
      ...(side === 'mentor' ? { mentorAcceptedAt: accepted } : { menteeAcceptedAt: accepted }),
      agreedAt: sql`case when ${theirs} is not null then ${stamp}::timestamptz else null end`,
    })
    .where(draftAt(orgId, pairId, version))
    .returning();
  return row;
}

/** After a cadence change: the agreement shows the schedule in force; acceptances stay as they are. */
export async function setAgreedSchedule(
  db: Db,
  orgId: string,
  pairId: string,
  schedule: Record<string, unknown>,
  by: { readonly personId: string; readonly at: Date },
): Promise<void> {
  await db
    .update(pairAgreements)
    .set({ schedule, updatedByPersonId: by.personId, updatedAt: by.at })
    .where(and(eq(pairAgreements.orgId, orgId), eq(pairAgreements.pairId, pairId)));
}

const copy = (c: AgreementContent) => ({
  groundRules: [...c.groundRules],
  schedule: c.schedule,
  mentorObjectives: [...c.mentorObjectives],
  menteeObjectives: [...c.menteeObjectives],
});
