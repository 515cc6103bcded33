import { and, asc, eq, ilike, param, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '#store/database';
import { skills } from '#store/schema';

export type SkillItem = { readonly id: string; readonly name: string };

/** The organisation's skill list, alphabetical, optionally narrowed by a search term. */
export async function listSkills(
  db: Db,
  orgId: string,
  query: { q?: string | undefined; limit?: number } = {},
): Promise<SkillItem[]> {
  const term = query.q?.trim();
  return db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.orgId, orgId), term ? ilike(skills.name, `%${escapeLike(term)}%`) : undefined))
    .orderBy(asc(skills.name), asc(skills.id))
    .limit(query.limit ?? 50);
}

/**
 * Adds skills typed by participants. Names already on the list (whatever their case) are kept as they
 * are; duplicates within `names` are added once. Returns how many were new.
 */
export async function addSkills(db: Db, orgId: string, names: readonly string[]): Promise<number> {
  const unique = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name && !unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name);
  }
  if (unique.size === 0) return 0;
  const added = await db
    .insert(skills)
    .values([...unique.values()].map((name) => ({ orgId, name })))
    .onConflictDoNothing()
    .returning({ id: skills.id });
  return added.length;
}

/**
 * The ids of these skill names keyed by their lower case, adding those the organisation does not
 * have yet (as typed; an existing name keeps its case), in one statement: logging a meeting asks.
 */
export async function skillIdsAddingNew(
  db: Db,
  orgId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const first = new Map<string, string>();
  for (const name of names) if (!first.has(name.toLowerCase())) first.set(name.toLowerCase(), name);
  const wanted = [...first.values()];
  if (wanted.length === 0) return new Map();
  const rows = await rowsOf<{ id: string; name: string }>(
    db,
    sql`with wanted(name) as (select unnest(${param(wanted)}::text[])),
      added as (
        insert into ${skills} (org_id, name) select ${orgId}::text, name from wanted
        on conflict do nothing returning id, name)
      select id, name from added
      union all
      select s.id, s.name from ${skills} s join wanted w on lower(s.name) = lower(w.name) where s.org_id = ${orgId}`,
  );
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
