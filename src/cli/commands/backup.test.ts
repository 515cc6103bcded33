import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '#cli/command';
import { runCli } from '#cli/main';
import { KEY_FILE_NAME } from '#server/crypto/keys';
import { adminQuery, postgresTestUrl, withDatabase } from '#tests/fixtures/test-database';

const dir = mkdtempSync(join(tmpdir(), 'cp-backup-cli-'));
const dataDir = (name: string) => join(dir, name);

async function run(env: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { LOG_LEVEL: 'silent', ...env },
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const inDir = (name: string) => ({ COUNTERPART_DATA_DIR: dataDir(name) });

describe('counterpart backup and restore: arguments', () => {
  it('are listed, explain themselves, and refuse bad arguments with exit 2', async () => {
    const help = await run({}, '--help');
    expect(help.out).toMatch(/backup +Write every row/);
    expect(help.out).toMatch(/restore +Restore a file/);
    expect((await run({}, 'backup', '--help')).out).toContain('The encryption key is NOT in the backup');
    expect((await run({}, 'restore', '--help')).out).toContain('--accept-unreadable-notes');

    expect(await run({}, 'backup', '--colour', 'red')).toMatchObject({ code: 2 });
    expect((await run({}, 'backup', '--colour', 'red')).err).toMatch(
      /^counterpart backup: Unknown option '--colour'/,
    );
    expect(await run({}, 'backup', '--out', ' ')).toMatchObject({
      code: 2,
      err: 'counterpart backup: --out needs a file name',
    });
    expect(await run({}, 'restore')).toMatchObject({
      code: 2,
      err: 'counterpart restore: give exactly one FILE (see --help)',
    });
    expect((await run({}, 'restore', 'a.gz', 'b.gz')).code).toBe(2);
    expect((await run({}, 'restore', 'a.gz', '--wipe')).code).toBe(2);
  });

  it('refuses to back up an embedded database that is not there', async () => {
    expect(await run(inDir('nowhere'), 'backup', '--out', join(dir, 'x.jsonl.gz'))).toMatchObject({
      code: 1,
      err: `There is no embedded database in ${dataDir('nowhere')} (COUNTERPART_DATA_DIR) to back up.`,
    });
  });
});

describe('counterpart backup and restore: a drill on the embedded database', () => {
  const file = join(dir, 'demo.jsonl.gz');
  let rows: string;

  beforeAll(async () => {
    expect((await run(inDir('original'), 'seed-demo')).code).toBe(0);
  }, 120_000);

  it('backs up to a file only its owner can read, and says the key is not in it', async () => {
    const backup = await run(inDir('original'), 'backup', '--out', file);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    rows = /Backed up (\d+) rows from \d+ tables of embedded PGlite/.exec(backup.out)?.[1] ?? '';
    expect(Number(rows)).toBeGreaterThan(500);
    expect(backup.out).toMatch(/migration 0\d{3}_\w+/);
    expect(backup.out).toMatch(/The encryption key is not in this file \(its fingerprint is [0-9a-f]{16}\)/);
    expect(backup.out).toContain(join(dataDir('original'), KEY_FILE_NAME));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const again = await run(inDir('original'), 'backup', '--out', file);
    expect(again).toMatchObject({
      code: 1,
      err: `counterpart backup: ${file} already exists; choose another file name.`,
    });
  });

  it('restores only with the key the notes were encrypted with, and only into an empty database', async () => {
    const withoutKey = await run(inDir('copy'), 'restore', file);
    expect(withoutKey.code).toBe(1);
    expect(withoutKey.err).toMatch(/no encryption key is set here.*--accept-unreadable-notes/);

    copyFileSync(join(dataDir('original'), KEY_FILE_NAME), join(dataDir('copy'), KEY_FILE_NAME));
    const restored = await run(inDir('copy'), 'restore', file);
    expect(restored.err).toBe('');
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.out).toContain(`Restored ${rows} rows`);

    const twice = await run(inDir('copy'), 'restore', file);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('This database is not empty');
    const forced = await run(inDir('copy'), 'restore', file, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`--force: deleting the ${rows} rows already in this database`);
    expect(forced.out).toContain(`Restored ${rows} rows`);
  }, 120_000);

  it('refuses a cut-short file with exit 1 and a plain message', async () => {
    const cut = join(dir, 'cut.jsonl.gz');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, bytes.length >> 1));
    expect(await run(inDir('copy'), 'restore', cut)).toMatchObject({
      code: 1,
      err: `counterpart restore: ${cut} is incomplete: it was cut short; nothing was restored from it.`,
    });
  });

  it.skipIf(!postgresTestUrl)(
    'restores the embedded database’s backup into PostgreSQL with the same key',
    async () => {
      const name = `cp_cli_restore_${randomBytes(6).toString('hex')}`;
      await adminQuery(`create database ${name}`);
      try {
        const env = {
          DATABASE_URL: withDatabase(postgresTestUrl!, name),
          ENCRYPTION_KEY: readFileSync(join(dataDir('original'), KEY_FILE_NAME), 'utf8').trim(),
        };
        const restored = await run(env, 'restore', file);
        expect(restored.err).toBe('');
        expect(restored.out).toMatch(new RegExp(`Restored ${rows} rows .* into PostgreSQL`));
        expect(restored.out).toContain('embedded PGlite).');
        const keyless = await run({ DATABASE_URL: env.DATABASE_URL }, 'restore', file);
        expect(keyless.code).toBe(1);
        expect(keyless.err).toContain('ENCRYPTION_KEY: required with DATABASE_URL');
      } finally {
        await adminQuery(`drop database if exists ${name} with (force)`);
      }
    },
  );
});
