import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '#store/database';
import { literalOf } from '#store/pglite-prepared';
import { preparedQuery } from '#store/prepared-query';
import { organisations } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';

/** A prepared query is built once per database and answers each call for that call's values. */
describeEachDriver('prepared queries', (database, driver) => {
  let builds = 0;
  const orgBySlug = preparedQuery((db: Db) => {
    builds++;
    return db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, sql.placeholder('slug')))
      .prepare('test_org_by_slug');
  });

  it('binds the values of each call, and builds the query once for the database', async () => {
    const { db } = database();
    await db.insert(organisations).values([
      { id: 'org-a', slug: 'alpha', name: 'Alpha' },
      { id: 'org-b', slug: 'beta', name: 'Beta' },
    ]);
    builds = 0;
    expect(await orgBySlug(db).execute({ slug: 'alpha' })).toEqual([{ id: 'org-a', name: 'Alpha' }]);
    expect(await orgBySlug(db).execute({ slug: 'beta' })).toEqual([{ id: 'org-b', name: 'Beta' }]);
    expect(await orgBySlug(db).execute({ slug: 'gamma' })).toEqual([]);
    expect(builds).toBe(1);
    expect(orgBySlug(db)).toBe(orgBySlug(db));
  });

  it.runIf(driver === 'postgres')('is parsed once per PostgreSQL connection, under its name', async () => {
    const { db } = database();
    await orgBySlug(db).execute({ slug: 'alpha' });
    // the pool hands the connection it got back last to the next query: the one that prepared it
    const result = (await db.execute(
      sql`select statement from pg_prepared_statements where name = 'test_org_by_slug'`,
    )) as unknown as { rows: unknown[] };
    expect(result.rows).toHaveLength(1);
  });

  it('runs in a transaction on the transaction’s connection, without building again', async () => {
    const { db } = database();
    builds = 0;
    const inside = await db.transaction(async (tx) => {
      await tx.insert(organisations).values({ id: 'org-t', slug: 'tx-only', name: 'Only in here' });
      return orgBySlug(tx as unknown as Db).execute({ slug: 'tx-only' });
    });
    expect(inside).toEqual([{ id: 'org-t', name: 'Only in here' }]);
    expect(builds).toBe(0);
    expect(orgBySlug(db)).not.toBe(await db.transaction(async (tx) => orgBySlug(tx as unknown as Db)));
    // a row only a transaction could see proves the query ran on its connection
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(organisations).values({ id: 'org-u', slug: 'rolled-back', name: 'Gone' });
        expect(await orgBySlug(tx as unknown as Db).execute({ slug: 'rolled-back' })).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await orgBySlug(db).execute({ slug: 'rolled-back' })).toEqual([]);
  });
});

/** PGlite runs prepared queries through PREPARE and EXECUTE, with values as SQL literals. */
describeEachDriver('prepared queries, values that SQL quotes', (database, driver) => {
  const orgBySlug = preparedQuery((db: Db) =>
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, sql.placeholder('slug')))
      .prepare('test_org_by_hostile_slug'),
  );
  const hostile = [
    "o'brien",
    "x'); delete from organisations; --",
    'back\\slash\\',
    "\\'; select 1; --",
    'tab\tnew\nline «ünïcode» 🙂',
    '',
  ];

  it('finds each value exactly as given, and nothing else runs', async () => {
    const { db } = database();
    await db.insert(organisations).values(hostile.map((slug, i) => ({ id: `h${i}`, slug, name: `H${i}` })));
    for (const [i, slug] of hostile.entries()) {
      expect(await orgBySlug(db).execute({ slug })).toEqual([{ id: `h${i}` }]);
    }
    expect(await orgBySlug(db).execute({ slug: "o'brien " })).toEqual([]);
    expect(await db.$count(organisations)).toBe(hostile.length);
  });

  it('answers calls made at once, before it was ever prepared', async () => {
    const { db } = database();
    const fresh = preparedQuery((d: Db) =>
      d
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.slug, sql.placeholder('slug')))
        .limit(1)
        .prepare('test_org_by_slug_at_once'),
    );
    const answers = await Promise.all(hostile.map((slug) => fresh(db).execute({ slug })));
    expect(answers).toEqual(hostile.map((_, i) => [{ id: `h${i}` }]));
  });

  it('does the same inside a transaction, and after one rolled back', async () => {
    const { db } = database();
    const inside = await db.transaction(async (tx) =>
      orgBySlug(tx as unknown as Db).execute({ slug: hostile[1]! }),
    );
    expect(inside).toEqual([{ id: 'h1' }]);
    await expect(
      db.transaction(async (tx) => {
        await orgBySlug(tx as unknown as Db).execute({ slug: hostile[2]! });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await orgBySlug(db).execute({ slug: hostile[2]! })).toEqual([{ id: 'h2' }]);
  });

  it.runIf(driver === 'pglite')('is prepared in PGlite once, by SQL', async () => {
    const { db } = database();
    await orgBySlug(db).execute({ slug: 'x' });
    const result = (await db.execute(
      sql`select statement from pg_prepared_statements where statement like 'prepare cp_%'`,
    )) as unknown as { rows: { statement: string }[] };
    expect(result.rows.some((r) => r.statement.includes('"organisations"."slug" = $1'))).toBe(true);
  });
});

describe('SQL literals for PGlite', () => {
  it('quotes text so that neither quotes nor backslashes end it, and refuses what it cannot quote', () => {
    expect(literalOf("it's")).toBe("E'it''s'");
    expect(literalOf('a\\')).toBe("E'a\\\\'");
    expect(literalOf(null)).toBe('null');
    expect(literalOf(undefined)).toBe('null');
    expect(literalOf(42)).toBe('42');
    expect(literalOf(true)).toBe('true');
    expect(literalOf('nul\u0000byte')).toBeUndefined();
    expect(literalOf(Number.NaN)).toBeUndefined();
    expect(literalOf(new Date())).toBeUndefined();
    expect(literalOf(['a'])).toBeUndefined();
  });
});
