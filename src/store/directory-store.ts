import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '#store/database';
import { people } from '#store/schema';

/**
 * The staff directory: who works here, by name, title and department — nothing from the HR record
 * (no hire dates, no employment status). Leavers are not listed.
 */
export async function searchDirectory(
  db: Db,
  orgId: string,
  query: { q?: string | undefined; limit: number },
) {
  const term = query.q?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      department: people.department,
      level: people.level,
    })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.employmentStatus, 'active'),
        term
          ? or(
              ilike(people.name, `%${term}%`),
              ilike(people.title, `%${term}%`),
              ilike(people.department, `%${term}%`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(query.limit);
}
