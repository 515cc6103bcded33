import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys } from '#server/crypto/keys';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PRIVATE_NOTE } from '#server/use-cases/seed-demo-workspace';
import { readCatalog } from '#store/backup-catalog';
import { rowsOf } from '#store/database';
import { encryptionKeyFingerprint } from '#store/backup-format';
import { knownMigrations, migrateToLevel, NO_MIGRATIONS, readMigrationLevel } from '#store/backup-migrations';
import { type RestoreOptions, restoreBackup } from '#store/backup-restore';
import { writeBackup } from '#store/backup-write';
import type { Driver } from '#store/database';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { insertOrganisation } from '#store/organisations-store';
import { appOn, editBackup, emptyDatabase, tableDigests } from '#tests/fixtures/backup-drill';
import { signIn } from '#tests/fixtures/sign-in';
import { createTestApp, TEST_ENCRYPTION_KEY, type TestApp } from '#tests/fixtures/test-app';
import {
  createTestDatabase,
  driverUnavailable,
  type TestDatabase,
  testDrivers,
} from '#tests/fixtures/test-database';

const dir = mkdtempSync(join(tmpdir(), 'cp-backup-'));
const fingerprint = encryptionKeyFingerprint(deriveKeys(TEST_ENCRYPTION_KEY).notes);
const LEILA = 'leila.haddad@northwind.example';
const reported: string[] = [];
const options = (overrides: Partial<RestoreOptions> = {}): RestoreOptions => ({
  force: false,
  keyFingerprint: fingerprint,
  acceptKeyChange: false,
  report: (text) => reported.push(text),
  ...overrides,
});
const latest = () => knownMigrations().length;
const drivers = testDrivers.filter((d) => !driverUnavailable(d));

type Source = {
  t: TestApp;
  file: string;
  digests: Awaited<ReturnType<typeof tableDigests>>;
  hrEmail: string;
};
const sources = new Map<Driver, Source>();

/** The demo organisation, a signed-in session and its audit trail, backed up to a file. */
async function backedUpDemo(driver: Driver): Promise<Source> {
  const t = await createTestApp({ driver });
  const seeded = await seedDemoOrganisation(t.deps);
  if (!seeded.ok) throw new Error(seeded.issues[0]?.message);
  await signIn(t.app, LEILA, DEMO_PASSWORD);
  const file = join(dir, `demo-${driver}.jsonl.gz`);
  const written = await writeBackup(t.database, file, { createdAt: new Date(), keyFingerprint: fingerprint });
  if (!written.ok) throw new Error(written.issues[0]?.message);
  const hrEmail = seeded.value.logins.find((l) => l.roles.includes('program_manager'))!.email;
  return { t, file, digests: await tableDigests(t.database.db), hrEmail };
}

const source = (driver: Driver) => sources.get(driver)!;
const totalRows = (digests: Source['digests']) => [...digests.values()].reduce((n, d) => n + d.rows, 0);

beforeAll(async () => {
  for (const driver of drivers) sources.set(driver, await backedUpDemo(driver));
}, 180_000);
afterAll(async () => {
  for (const s of sources.values()) await s.t.close();
});

describe('the restore drill', () => {
  const combos = drivers.flatMap((from) => drivers.map((to) => [from, to] as const));

  it.each(combos)(
    'restores a %s backup into a new, empty %s database: every row back, and the app serves it',
    async (from, to) => {
      const { file, digests, hrEmail, t } = source(from);
      expect(digests.get('people')?.rows).toBeGreaterThan(50);
      expect(digests.get('private_notes')?.rows).toBe(1);
      expect(digests.get('sessions')?.rows).toBe(1);
      const target = await emptyDatabase(to);
      try {
        const restored = await restoreBackup(target, file, options());
        expect(restored).toMatchObject({
          ok: true,
          value: { rows: totalRows(digests), tables: digests.size },
        });
        expect(await tableDigests(target.db)).toEqual(digests);
        expect(await readMigrationLevel(target.db)).toMatchObject({ count: latest() });

        const { app, close } = await appOn(target, t.deps, TEST_ENCRYPTION_KEY);
        try {
          const hr = await signIn(app, hrEmail, DEMO_PASSWORD);
          const programs = (await hr.inject({ method: 'GET', url: '/api/programs' })).json().items as {
            name: string;
          }[];
          expect(programs.map((p) => p.name)).toContain('Reverse Mentoring 2026');

          const [note] = await rowsOf<{ pair_id: string; meeting_id: string }>(
            target.db,
            sql`select m.pair_id, n.meeting_id from private_notes n join meetings m on m.id = n.meeting_id`,
          );
          const leila = await signIn(app, LEILA, DEMO_PASSWORD);
          const meeting = await leila.inject({
            method: 'GET',
            url: `/api/my/pairs/${note!.pair_id}/meetings/${note!.meeting_id}`,
          });
          expect(meeting.statusCode, meeting.body).toBe(200);
          expect(meeting.json().myPrivateNote).toBe(DEMO_PRIVATE_NOTE);
        } finally {
          await close();
        }
      } finally {
        await target.drop();
      }
    },
    // A whole demo organisation restored and served: seconds alone, far more beside other test files.
    90_000,
  );
});

for (const driver of testDrivers) {
  describe.skipIf(driverUnavailable(driver))(`restore refusals [${driver}]`, () => {
    let target: TestDatabase;
    beforeAll(async () => {
      target = await createTestDatabase(driver);
    });
    afterAll(() => target?.drop());

    it('refuses a database that already holds rows, and with force replaces them in one transaction', async () => {
      const { file, digests, t } = source(driver);
      const refused = await restoreBackup(t.database, file, options());
      expect(refused).toMatchObject({ ok: false, issues: [{ code: 'not_empty' }] });
      expect(refused.ok || refused.issues[0]?.message).toMatch(/not empty: it holds \d+ rows .*--force/);
      expect(await tableDigests(t.database.db)).toEqual(digests);

      await insertOrganisation(target.db, { slug: 'already-here', name: 'Already here' });
      reported.length = 0;
      const forced = await restoreBackup(target, file, options({ force: true }));
      expect(forced).toMatchObject({ ok: true, value: { deletedRows: 1 } });
      expect(reported.join('\n')).toContain('--force: deleting the 1 rows already in this database');
      expect(await tableDigests(target.db)).toEqual(digests);
    });

    it('undoes the whole restore when a row cannot go in, keeping the rows force was to delete', async () => {
      const { file } = source(driver);
      const broken = join(dir, `duplicate-${driver}.jsonl.gz`);
      editBackup(file, broken, (lines) => {
        const firstPerson = lines.findIndex((l) => l.includes('"email":"leila.haddad@northwind.example"'));
        return lines.toSpliced(firstPerson, 0, lines[firstPerson]!);
      });
      const before = await tableDigests(target.db);
      const failed = await restoreBackup(target, broken, options({ force: true }));
      expect(failed).toMatchObject({ ok: false, issues: [{ code: 'restore_failed' }] });
      expect(failed.ok || failed.issues[0]?.message).toMatch(
        /undone; the database is as it was: .*duplicate key/,
      );
      expect(failed.ok || failed.issues[0]?.message).not.toContain('insert into');
      expect(await tableDigests(target.db)).toEqual(before);
    });

    it('refuses a damaged, cut-short, foreign or missing file and writes nothing, not even the schema', async () => {
      const { file } = source(driver);
      const bytes = readFileSync(file);
      const at = (name: string, content: Buffer | string) => {
        const path = join(dir, `${name}-${driver}`);
        writeFileSync(path, content);
        return path;
      };
      const flipped = Buffer.from(bytes);
      flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
      const cases: [string, string, RegExp][] = [
        [at('cut.jsonl.gz', bytes.subarray(0, Math.floor(bytes.length * 0.6))), 'incomplete', /incomplete/],
        [
          at('flipped.jsonl.gz', flipped),
          'damaged|not_backup|incomplete',
          /damaged|not a Counterpart|incomplete/,
        ],
        [at('notes.txt', 'just some notes\n'), 'not_backup', /not a Counterpart backup/],
        [join(dir, 'no-such-file.jsonl.gz'), 'not_found', /does not exist/],
      ];
      const empty = await emptyDatabase(driver);
      try {
        for (const [path, code, message] of cases) {
          const result = await restoreBackup(empty, path, options());
          expect(result.ok, path).toBe(false);
          expect(result.ok || result.issues[0]?.code, path).toMatch(new RegExp(`^(${code})$`));
          expect(result.ok || result.issues[0]?.message, path).toMatch(message);
        }
        expect(await readMigrationLevel(empty.db)).toEqual(NO_MIGRATIONS);
        expect(await readCatalog(empty.db)).toEqual([]);
      } finally {
        await empty.drop();
      }
    });
  });
}

describe('restore checks', () => {
  it('catches rows changed after the backup was written: their checksum no longer matches', async () => {
    const { file } = source('pglite');
    const forged = join(dir, 'forged.jsonl.gz');
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    expect(text).toContain('"Leila Haddad"');
    writeFileSync(forged, gzipSync(text.replace('"Leila Haddad"', '"Someone Else"')));
    const empty = await emptyDatabase('pglite');
    try {
      const result = await restoreBackup(empty, forged, options());
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'damaged' }] });
      expect(result.ok || result.issues[0]?.message).toMatch(
        /the rows of accounts do not match their checksum/,
      );
      expect(await readMigrationLevel(empty.db)).toEqual(NO_MIGRATIONS);
    } finally {
      await empty.drop();
    }
  });

  it('refuses a backup made by a newer Counterpart, by migration or by format', async () => {
    const { file } = source('pglite');
    const newerMigration = join(dir, 'newer-migration.jsonl.gz');
    editBackup(file, newerMigration, ([header, ...rest]) => {
      const h = JSON.parse(header!);
      const migration = { count: h.migration.count + 1, latest: '9999_from_the_future', latestWhen: 9e12 };
      return [JSON.stringify({ ...h, appVersion: '9.0.0', migration }), ...rest];
    });
    const newerFormat = join(dir, 'newer-format.jsonl.gz');
    editBackup(file, newerFormat, ([header, ...rest]) => [
      JSON.stringify({ ...JSON.parse(header!), version: 2 }),
      ...rest,
    ]);
    const empty = await emptyDatabase('pglite');
    try {
      const byMigration = await restoreBackup(empty, newerMigration, options());
      expect(byMigration.ok || byMigration.issues[0]?.message).toMatch(
        /made by Counterpart 9\.0\.0 at database migration 9999_from_the_future.*Upgrade Counterpart/,
      );
      const byFormat = await restoreBackup(empty, newerFormat, options());
      expect(byFormat.ok || byFormat.issues[0]?.message).toMatch(/backup format 2 by a newer Counterpart/);
      expect(await readMigrationLevel(empty.db)).toEqual(NO_MIGRATIONS);
    } finally {
      await empty.drop();
    }
  });

  it('refuses a key that cannot read the backup’s notes unless told to go ahead without it', async () => {
    const { file, digests } = source('pglite');
    const empty = await emptyDatabase('pglite');
    try {
      const refused = await restoreBackup(empty, file, options({ keyFingerprint: null }));
      expect(refused).toMatchObject({ ok: false, issues: [{ code: 'key_mismatch' }] });
      expect(refused.ok || refused.issues[0]?.message).toContain(
        `fingerprint is ${fingerprint}, and no encryption key`,
      );
      const other = await restoreBackup(empty, file, options({ keyFingerprint: '0123456789abcdef' }));
      expect(other.ok || other.issues[0]?.message).toContain(
        'the key set here has fingerprint 0123456789abcdef',
      );
      expect(await readMigrationLevel(empty.db)).toEqual(NO_MIGRATIONS);
      const accepted = await restoreBackup(
        empty,
        file,
        options({ keyFingerprint: null, acceptKeyChange: true }),
      );
      expect(accepted.ok).toBe(true);
      expect(await tableDigests(empty.db)).toEqual(digests);
    } finally {
      await empty.drop();
    }
  });

  it('restores a backup from an older migration level, then applies the newer migrations', async () => {
    const older = { ...knownMigrations()[latest() - 2]!, count: latest() - 1 };
    const level = { count: older.count, latest: older.tag, latestWhen: older.when };
    const old = await emptyDatabase('pglite');
    const file = join(dir, 'older.jsonl.gz');
    try {
      await migrateToLevel(old, level);
      // Raw SQL: the schema's insert names columns this older level does not have yet.
      await old.db.execute(sql`insert into organisations (slug, name) values ('from-before', 'From before')`);
      const written = await writeBackup(old, file, { createdAt: new Date(), keyFingerprint: null });
      expect(written).toMatchObject({ ok: true, value: { migration: level, rows: 1 } });
    } finally {
      await old.drop();
    }
    const migrated = await createTestDatabase('pglite');
    const empty = await emptyDatabase('pglite');
    try {
      const refused = await restoreBackup(migrated, file, options());
      expect(refused).toMatchObject({ ok: false, issues: [{ code: 'database_newer' }] });
      expect(refused.ok || refused.issues[0]?.message).toContain(`newer than the backup's ${level.latest}`);

      expect((await restoreBackup(empty, file, options())).ok).toBe(true);
      expect(await readMigrationLevel(empty.db)).toMatchObject({ count: latest() });
      const [org] = await rowsOf<{ slug: string }>(empty.db, sql`select slug from organisations`);
      expect(org?.slug).toBe('from-before');
    } finally {
      await migrated.drop();
      await empty.drop();
    }
  });

  it('refuses to back up a database with no tables, and never overwrites a file', async () => {
    const empty = await emptyDatabase('pglite');
    try {
      const nothing = await writeBackup(empty, join(dir, 'nothing.jsonl.gz'), {
        createdAt: new Date(),
        keyFingerprint: null,
      });
      expect(nothing).toMatchObject({ ok: false, issues: [{ code: 'empty' }] });
      const again = await writeBackup(source('pglite').t.database, source('pglite').file, {
        createdAt: new Date(),
        keyFingerprint: null,
      });
      expect(again).toMatchObject({ ok: false, issues: [{ code: 'exists' }] });
    } finally {
      await empty.drop();
    }
  });
});
