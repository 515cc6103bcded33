import { eq } from 'drizzle-orm';
import type { Db } from '#store/database';
import { organisations } from '#store/schema';

export type Organisation = typeof organisations.$inferSelect;

export async function insertOrganisation(
  db: Db,
  input: { slug: string; name: string },
): Promise<Organisation> {
  const [row] = await db.insert(organisations).values(input).returning();
  return row!;
}

export async function findOrganisationBySlug(db: Db, slug: string): Promise<Organisation | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row;
}

export async function getOrganisation(db: Db, orgId: string): Promise<Organisation | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, orgId));
  return row;
}

export async function countOrganisations(db: Db): Promise<number> {
  return db.$count(organisations);
}
