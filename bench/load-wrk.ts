/**
 * The load generator for bench/load.ts: wrk (Debian's package `wrk`), driven for a fixed time with
 * keep-alive connections, one request in flight each, and bench/load-wrk.lua. wrk is written in C and
 * spends less CPU per request than autocannon did (ADR 022); on a 2-core machine the generator's CPU
 * is taken from the server measured. Each connection has its own wrk thread, so the script
 * times every response against its request and keeps it as a sample — which endpoint, its status,
 * its milliseconds — and the percentiles cover every response and can be split by endpoint.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One request of a workload, named by its endpoint. */
export type LoadRequest = {
  readonly endpoint: string;
  readonly method: 'GET' | 'PUT';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
};

export type Sample = { readonly endpoint: string; readonly status: number; readonly ms: number };
export type LoadRun = {
  readonly seconds: number;
  readonly samples: readonly Sample[];
  /** Connection errors and timeouts: requests that got no HTTP answer at all. */
  readonly socketErrors: number;
  /** CPU time wrk used. */
  readonly generatorCpuSeconds: number;
};

const SCRIPT = fileURLToPath(new URL('./load-wrk.lua', import.meta.url));

/**
 * Sends `requests` to `url` in turn (wrapping around) for `seconds` over `connections` connections,
 * each with its own wrk thread.
 */
export async function drive(
  url: string,
  requests: readonly LoadRequest[],
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-wrk-'));
  try {
    const endpoints = [...new Set(requests.map((r) => r.endpoint))];
    const host = new URL(url).host;
    const file = join(dir, 'requests');
    // every thread takes every connections-th request: each needs one at least
    const tiled = Array.from({ length: Math.max(requests.length, connections) }, (_, i) => {
      const request = requests[i % requests.length]!;
      return `${endpoints.indexOf(request.endpoint)}\n${rawRequest(request, host)}\0`;
    });
    writeFileSync(file, tiled.join(''));
    const samplesFile = join(dir, 'samples');
    const childCpu = childrenCpuSeconds();
    const wrk = spawn(
      'wrk',
      [
        ...['-t', String(connections), '-c', String(connections), '-d', `${seconds}s`],
        ...['--timeout', '10s', '-s', SCRIPT, url, '--', file, String(connections)],
      ],
      { env: { ...process.env, LOAD_WRK_SAMPLES: samplesFile }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    wrk.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    wrk.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let code: number | null;
    try {
      // `once` rejects when the process cannot start (its 'error' event)
      [code] = (await once(wrk, 'exit')) as [number | null];
    } catch (error) {
      throw new Error(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'wrk is not installed: apt-get install wrk (Debian’s package) runs the load benchmark.'
          : (error as Error).message,
      );
    }
    if (code !== 0) throw new Error(`wrk exited with ${code}:\n${output}`);
    const [errorsLine = '0', ...lines] = readFileSync(samplesFile, 'utf8').trimEnd().split('\n');
    const samples = lines.map((line) => {
      const [endpoint, status, micros] = line.split(' ').map(Number);
      return { endpoint: endpoints[endpoint!] ?? 'unknown', status: status!, ms: micros! / 1000 };
    });
    const measured = /requests in ([\d.]+)(ms|s|m)\b/.exec(output);
    const unit = { ms: 0.001, s: 1, m: 60 }[measured?.[2] ?? 's'] ?? 1;
    return {
      seconds: measured ? Number(measured[1]) * unit : seconds,
      samples,
      socketErrors: Number(errorsLine),
      generatorCpuSeconds: childrenCpuSeconds() - childCpu,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rawRequest(request: LoadRequest, host: string): string {
  const body = request.body ?? '';
  const headers = {
    host,
    ...request.headers,
    ...(body === '' ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${request.method} ${request.path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** CPU seconds of this process's children that have exited and been waited for (Linux /proc). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
