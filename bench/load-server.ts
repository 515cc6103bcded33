/**
 * The servers bench/load.ts measures, each a separate process as in production: `counterpart serve`
 * (bin/counterpart.mjs: the built bundle when dist/ exists, the sources through tsx otherwise) on
 * PGlite or PostgreSQL, and the bare Fastify ceiling (bench/load-bare-server.ts). Each is ready once
 * `/api/health` answers 200, and is stopped with SIGTERM (the real server drains and closes its
 * database, so a PGlite data directory is left consistent).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export type RunningServer = {
  readonly url: string;
  /** CPU seconds the server process has used so far (user + system; NaN where /proc is missing). */
  readonly cpuSeconds: () => number;
  readonly stop: () => Promise<void>;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const READY_TIMEOUT_MS = 120_000;

/**
 * `counterpart serve` with `env` on top of this process's (DATABASE_URL or COUNTERPART_DATA_DIR);
 * `nodeArgs` go to node first (e.g. `--cpu-prof` to see where the server's time goes).
 */
export function startCounterpart(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  return start(
    [...nodeArgs, fileURLToPath(new URL('../bin/counterpart.mjs', import.meta.url)), 'serve'],
    env,
  );
}

export function startBareFastify(): Promise<RunningServer> {
  return start(['--import', 'tsx', fileURLToPath(new URL('./load-bare-server.ts', import.meta.url))], {});
}

async function start(args: string[], env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { url, cpuSeconds: () => cpuSecondsOfTree(child.pid), stop: () => stop(child) };
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`);
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer ${url}/api/health within ${READY_TIMEOUT_MS / 1000} s.`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * utime + stime of the server and its worker processes (SERVER_PROCESSES) from /proc/<pid>/stat, in
 * clock ticks of 1/100 s (Linux); tsx's esbuild service, another child, is counted too, idle as it is.
 */
function cpuSecondsOfTree(pid: number | undefined): number {
  const own = statOf(pid);
  if (!own) return Number.NaN;
  let ticks = own.ticks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = statOf(Number(entry));
    if (child && child.parent === pid) ticks += child.ticks;
  }
  return ticks / 100;
}

/** CPU seconds used so far by the PostgreSQL server's processes on this machine (Linux /proc). */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat?.command === 'postgres') ticks += stat.ticks;
  }
  return ticks / 100;
}

function statOf(pid: number | undefined): { parent: number; ticks: number; command: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), command };
  } catch {
    return undefined;
  }
}
