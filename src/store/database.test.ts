import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '#store/database';
import { countOrganisations, insertOrganisation } from '#store/organisations-store';
import { adminQuery, postgresTestUrl, withDatabase } from '#tests/fixtures/test-database';

describe('openDatabase on the embedded PGlite', () => {
  it('migrates, keeps data across a restart, and refuses a second opener meanwhile', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cp-db-'));
    const first = await openDatabase({ dataDir });
    if (!first.ok) throw new Error(first.issues[0]?.message);
    await first.value.migrate();
    await insertOrganisation(first.value.db, { slug: 'kept', name: 'Kept' });

    const second = await openDatabase({ dataDir });
    expect(second.ok).toBe(false);

    await first.value.close();
    const reopened = await openDatabase({ dataDir });
    if (!reopened.ok) throw new Error(reopened.issues[0]?.message);
    await reopened.value.migrate();
    expect(await countOrganisations(reopened.value.db)).toBe(1);
    expect(await reopened.value.ping()).toBe(true);
    await reopened.value.close();
  });
});

describe.skipIf(!postgresTestUrl)('openDatabase on PostgreSQL', () => {
  it('lets several instances migrate at once, and only one does the work', async () => {
    const name = `cp_test_mig_${Date.now()}`;
    await adminQuery(`create database ${name}`);
    try {
      const url = withDatabase(postgresTestUrl!, name);
      const opened = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url, dataDir: '' })));
      await Promise.all(
        opened.map((o) => (o.ok ? o.value.migrate() : Promise.reject(new Error('not opened')))),
      );
      const [one] = opened;
      if (!one?.ok) throw new Error('not opened');
      expect(one.value.driver).toBe('postgres');
      await insertOrganisation(one.value.db, { slug: 'pg', name: 'PG' });
      expect(await countOrganisations(one.value.db)).toBe(1);
      await Promise.all(opened.map((o) => (o.ok ? o.value.close() : undefined)));
    } finally {
      await adminQuery(`drop database if exists ${name} with (force)`);
    }
  });

  it('explains an unreachable server instead of throwing', async () => {
    const result = await openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: '' });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'database_unreachable' }] });
  });
});
