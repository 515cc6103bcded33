import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnv } from '#server/env';
import { BANNER_END, type Server, startServe, waitForOutput } from '#tests/fixtures/served-process';
import { createTestDatabase, driverUnavailable, type TestDatabase } from '#tests/fixtures/test-database';

/**
 * SERVER_PROCESSES (ADR 019): on PostgreSQL, `counterpart serve` answers with that many worker
 * processes sharing one port, replaces a worker that dies, and stops them all on SIGTERM.
 */
const START_MS = 60_000;

/** The server processes whose parent is `pid` (Linux /proc; tsx's esbuild service is not one). */
function childrenOf(pid: number | undefined): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === pid && command.includes('counterpart.mjs')) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

async function until(check: () => boolean, what: string, server: Server): Promise<void> {
  const deadline = Date.now() + START_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}, not seen in time:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function healthy(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { connection: 'close' } });
  return response.ok;
}

describe('SERVER_PROCESSES', () => {
  it('is refused without PostgreSQL, naming the setting', () => {
    const parsed = parseEnv({ SERVER_PROCESSES: '2' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.message).toMatch(/^SERVER_PROCESSES: more than one process needs DATABASE_URL/);
    expect(parseEnv({ SERVER_PROCESSES: '2', DATABASE_URL: 'postgres://db/x' }).ok).toBe(true);
  });

  describe.skipIf(driverUnavailable('postgres'))('on PostgreSQL', () => {
    let database: TestDatabase | undefined;
    afterAll(async () => database?.drop());

    it('serves from two workers, replaces one killed, and stops them all on SIGTERM', async () => {
      database = await createTestDatabase('postgres');
      if (database.jobsConnection.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const port = 30_000 + Math.floor(Math.random() * 10_000);
      const server = startServe({
        PORT: String(port),
        DATABASE_URL: database.jobsConnection.url,
        SEED_DEMO: 'never',
        ENCRYPTION_KEY: 'server-processes-test-key-0123456789abcdef',
        SERVER_PROCESSES: '2',
      });
      await waitForOutput(server, BANNER_END, START_MS);
      expect(server.output()).toContain('processes: 2 (SERVER_PROCESSES)');
      const workers = childrenOf(server.child.pid);
      expect(workers).toHaveLength(2);
      for (let i = 0; i < 10; i++) expect(await healthy(port)).toBe(true);

      process.kill(workers[0]!, 'SIGKILL');
      await waitForOutput(
        server,
        'A server process stopped unexpectedly (SIGKILL); starting another.',
        START_MS,
      );
      await until(
        () => {
          const now = childrenOf(server.child.pid);
          return now.length === 2 && !now.includes(workers[0]!);
        },
        'a second worker again',
        server,
      );
      for (let i = 0; i < 10; i++) expect(await healthy(port)).toBe(true);

      const now = childrenOf(server.child.pid);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('SIGTERM: finishing requests and background jobs in progress');
      for (const pid of now) expect(() => process.kill(pid, 0)).toThrow();
    }, 120_000);
  });
});
