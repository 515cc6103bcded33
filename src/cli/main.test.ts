import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '#cli/command';
import { runCli } from '#cli/main';

function capture(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env };
  return { io, out, err };
}

const freshEnv = () => ({
  COUNTERPART_DATA_DIR: mkdtempSync(join(tmpdir(), 'cp-cli-')),
  LOG_LEVEL: 'silent',
});

describe('counterpart', () => {
  it('lists its commands on --help and refuses an unknown one with one line', async () => {
    const help = capture();
    expect(await runCli(['--help'], help.io)).toBe(0);
    for (const name of ['serve', 'migrate', 'seed-demo', 'create-org'])
      expect(help.out.join('\n')).toContain(name);
    const unknown = capture();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err).toEqual([
      'counterpart: unknown command "frobnicate". Run `counterpart --help` for the list.',
    ]);
  });

  it('create-org prints a one-time sign-in link, and refuses a duplicate slug', async () => {
    const env = freshEnv();
    const first = capture(env);
    const args = [
      'create-org',
      '--name',
      'Acme Corp',
      '--slug',
      'acme',
      '--admin-email',
      'Admin@Acme.example',
    ];
    expect(await runCli(args, first.io)).toBe(0);
    expect(first.out.join('\n')).toMatch(/http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}/);
    const again = capture(env);
    expect(await runCli(args, again.io)).toBe(1);
    expect(again.err.join('\n')).toContain('already exists');
  });

  it('create-org explains bad arguments in one line and exits non-zero', async () => {
    const missing = capture(freshEnv());
    expect(await runCli(['create-org', '--name', 'X'], missing.io)).toBe(2);
    expect(missing.err).toEqual(['counterpart create-org: missing --slug, --admin-email (see --help)']);

    const unknownFlag = capture(freshEnv());
    expect(await runCli(['create-org', '--colour', 'red'], unknownFlag.io)).toBe(2);
    expect(unknownFlag.err[0]).toMatch(/^counterpart create-org: Unknown option '--colour'/);

    const badSlug = capture(freshEnv());
    expect(
      await runCli(['create-org', '--name', 'X', '--slug', 'Bad Slug!', '--admin-email', 'nope'], badSlug.io),
    ).toBe(1);
    expect(badSlug.err.join('\n')).toMatch(/slug takes lower-case letters.*admin email is not valid/);
  });

  it('names the variable when the configuration is wrong', async () => {
    const bad = capture({ ...freshEnv(), PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(await runCli(['migrate'], bad.io)).toBe(1);
    const message = bad.err.join('\n');
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: must start with postgres://');
  });

  it('seed-demo loads the demo once and refuses the second time', async () => {
    const env = freshEnv();
    const first = capture(env);
    expect(await runCli(['seed-demo'], first.io)).toBe(0);
    expect(first.out.join('\n')).toContain('password: counterpart-demo');
    const second = capture(env);
    expect(await runCli(['seed-demo'], second.io)).toBe(1);
    expect(second.err.join('\n')).toContain('already loaded');
    // The whole demo organisation, seeded into an embedded database: slow beside other test files.
  }, 90_000);
});
