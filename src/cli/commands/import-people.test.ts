import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '#cli/command';
import { runCli } from '#cli/main';

function capture(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env };
  return { io, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'cp-import-'));
const env = { COUNTERPART_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const run = async (...args: string[]) => {
  const io = capture(env);
  const code = await runCli(['import-people', ...args], io.io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
};

describe('counterpart import-people', () => {
  it('explains its options, and refuses bad arguments with exit 2', async () => {
    expect((await run('--help')).out).toContain('--no-mark-leavers');
    expect(await run('people.csv')).toMatchObject({
      code: 2,
      err: 'counterpart import-people: missing --org SLUG (see --help)',
    });
    expect(await run('--org', 'acme')).toMatchObject({
      code: 2,
      err: 'counterpart import-people: give exactly one FILE (see --help)',
    });
    expect((await run('a.csv', '--org', 'acme', '--colour')).code).toBe(2);
  });

  it('says in one line when the file or the organisation is missing', async () => {
    expect(await run(join(dir, 'nope.csv'), '--org', 'acme')).toEqual({
      code: 1,
      out: '',
      err: `counterpart import-people: ${join(dir, 'nope.csv')}: no such file`,
    });
    const created = capture(env);
    expect(
      await runCli(
        ['create-org', '--name', 'Acme', '--slug', 'acme', '--admin-email', 'admin@acme.example'],
        created.io,
      ),
    ).toBe(0);
    const good = file('good.csv', 'email,name\na@acme.example,A\n');
    expect(await run(good, '--org', 'unknown')).toMatchObject({
      code: 1,
      err: 'counterpart import-people: no organisation with the slug "unknown"',
    });
  });

  it('prints every problem with row and column, exits 1 and writes nothing; then imports and marks leavers', async () => {
    const bad = file(
      'bad.csv',
      'email;name;manager_email\na@acme.example;A;x@y.example\nb@acme.example;B;\nb@acme.example;B again;\n',
    );
    const failed = await run(bad, '--org', 'acme');
    expect(failed.code).toBe(1);
    expect(failed.err.split('\n')).toEqual([
      `${bad}: 2 problems; nothing was imported.`,
      'row 2, manager_email: Unknown manager "x@y.example" (not in the file or the organisation).',
      'row 4, email: The email "b@acme.example" is also on row 3.',
    ]);
    const first = file('first.csv', 'email,name\na@acme.example,A\nb@acme.example,B\n');
    expect((await run(first, '--org', 'acme', '--dry-run')).out).toBe(
      'Dry run for Acme, nothing written: 2 to create, 0 to update, 0 to mark as left, 0 unchanged.',
    );
    expect((await run(first, '--org', 'acme')).out).toBe(
      'Imported into Acme: 2 created, 0 updated, 0 marked as left, 0 unchanged.',
    );
    const second = file('second.csv', 'email,name\na@acme.example,A\n');
    expect((await run(second, '--org', 'acme', '--no-mark-leavers')).out).toMatch(
      /0 marked as left, 1 unchanged/,
    );
    expect((await run(second, '--org', 'acme')).out).toMatch(/1 marked as left, 1 unchanged/);
  });
});
