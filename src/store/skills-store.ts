import { and, asc, eq, ilike } from 'drizzle-orm';
import type { Db } from '#store/database';
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

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
