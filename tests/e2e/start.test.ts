import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_END, startServe, waitForOutput } from '#tests/fixtures/served-process';

/** The newcomer's path: `counterpart serve` on an empty data directory, as `npm start` runs it. */
const dataDir = mkdtempSync(join(tmpdir(), 'cp-start-'));
const port = 40_000 + Math.floor(Math.random() * 10_000);
const START_MS = 150_000;
const start = () => startServe({ PORT: String(port), COUNTERPART_DATA_DIR: dataDir, DATABASE_URL: '' });

describe('counterpart serve on a fresh machine', () => {
  it('starts with the demo, refuses a second process on the same data, and stops cleanly', async () => {
    const first = start();
    await waitForOutput(first, BANNER_END, START_MS);
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
    expect((await second.exited).code).toBe(1);
    expect(second.output()).toMatch(/is in use by another Counterpart process \(pid \d+\)/);
    expect(second.output()).not.toMatch(/\n\s+at /); // no stack trace

    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'counterpart.lock'))).toBe(false);

    const again = start();
    await waitForOutput(again, BANNER_END, START_MS);
    expect(again.output()).not.toContain('Loaded the demo organisation'); // loaded once, kept
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
  }, 240_000); // three cold starts, the first loading the demo, while other suites share the two cores
});
