import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The newcomer's path: `counterpart serve` on an empty data directory, as `npm start` runs it. */
const dataDir = mkdtempSync(join(tmpdir(), 'cp-start-'));
const port = 40_000 + Math.floor(Math.random() * 10_000);
const env = {
  ...process.env,
  PORT: String(port),
  COUNTERPART_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
};
const running: ChildProcess[] = [];

function start() {
  const child = spawn(process.execPath, ['bin/counterpart.mjs', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string, ms = 150_000) => {
    const until = Date.now() + ms;
    while (!output.includes(text)) {
      if (Date.now() > until) throw new Error(`timed out waiting for "${text}"; output so far:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('counterpart serve on a fresh machine', () => {
  it('starts with the demo, refuses a second process on the same data, and stops cleanly', async () => {
    const first = start();
    await first.waitFor('Press Ctrl+C to stop.');
    expect(first.output()).toContain(`Counterpart is running at http://localhost:${port}`);
    expect(first.output()).toContain('rui.costa@northwind.example');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', driver: 'pglite' });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sarah.lindqvist@northwind.example', password: 'counterpart-demo' }),
    });
    expect(login.status).toBe(200);

    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/is in use by another Counterpart process \(pid \d+\)/);
    expect(second.output()).not.toMatch(/\n\s+at /); // no stack trace

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'counterpart.lock'))).toBe(false);

    const again = start();
    await again.waitFor('Press Ctrl+C to stop.');
    expect(again.output()).not.toContain('Loaded the demo organisation'); // loaded once, kept
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 240_000); // three cold starts, the first loading the demo, while other suites share the two cores
});
