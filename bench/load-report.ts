/**
 * What bench/load.ts prints: for each target its requests per second, latency percentiles over every
 * response and its errors (non-2xx answers and requests that got none), the same split by endpoint,
 * and whether each target of issue 9 is met.
 */
import type { LoadRun, Sample } from './load-wrk';

export type TargetResult = {
  readonly target: string;
  readonly run: LoadRun;
  /** CPU the server process used while measured (NaN where it cannot be read). */
  readonly serverCpuSeconds: number;
  /** CPU this process (the load generator) used meanwhile. */
  readonly generatorCpuSeconds: number;
  /** CPU PostgreSQL's own processes used meanwhile (NaN for targets without them). */
  readonly databaseCpuSeconds: number;
};
export type Goal = { readonly target: string; readonly minRps: number; readonly maxP99Ms: number };

type Summary = { rps: number; p50: number; p95: number; p99: number; errors: number; count: number };

/** The value below which `q` of the sorted `values` lie (nearest rank). */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function summarise(samples: readonly Sample[], seconds: number, socketErrors: number): Summary {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    rps: samples.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errors: samples.filter((s) => s.status < 200 || s.status > 299).length + socketErrors,
    count: samples.length,
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));
const perSecond = (value: number) => value.toFixed(value < 10 ? 1 : 0);

export const SUMMARY_HEADER = [
  'target',
  'requests/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'errors',
  'server CPU ms/request',
  'database CPU ms/request',
  'generator CPU ms/request',
];

/**
 * A target's line. The CPU columns do not depend on how busy the machine is as much as the others:
 * one Node process serves on one core, so 1000 / (server CPU ms per request) is about its ceiling.
 */
export function summaryRow({
  target,
  run,
  serverCpuSeconds,
  generatorCpuSeconds,
  databaseCpuSeconds,
}: TargetResult): string[] {
  const s = summarise(run.samples, run.seconds, run.socketErrors);
  const perRequest = (cpuSeconds: number) =>
    Number.isNaN(cpuSeconds) ? '—' : ((1000 * cpuSeconds) / Math.max(1, s.count)).toFixed(2);
  return [
    target,
    perSecond(s.rps),
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
    String(s.errors),
    perRequest(serverCpuSeconds),
    perRequest(databaseCpuSeconds),
    perRequest(generatorCpuSeconds),
  ];
}

/** One row per endpoint of `result`, busiest first, with the statuses of its failed answers. */
export function endpointRows({ target, run }: TargetResult): string[][] {
  const byEndpoint = new Map<string, Sample[]>();
  for (const sample of run.samples) {
    const list = byEndpoint.get(sample.endpoint) ?? [];
    list.push(sample);
    byEndpoint.set(sample.endpoint, list);
  }
  return [...byEndpoint.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([endpoint, samples]) => {
      const s = summarise(samples, run.seconds, 0);
      const failed = [...new Set(samples.filter((x) => x.status > 299).map((x) => x.status))].join(', ');
      return [
        target,
        endpoint,
        String(s.count),
        perSecond(s.rps),
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        failed ? `${s.errors} (${failed})` : '0',
      ];
    });
}

/** Whether `result` meets `goal`: enough requests per second, p99 under the bound, no errors. */
export function verdict(goal: Goal, result: TargetResult | undefined): string {
  if (!result) return `${goal.target}: not measured`;
  const s = summarise(result.run.samples, result.run.seconds, result.run.socketErrors);
  const checks = [
    `${s.rps.toFixed(0)} req/s ${s.rps >= goal.minRps ? '≥' : '<'} ${goal.minRps}`,
    `p99 ${ms(s.p99)} ms ${s.p99 < goal.maxP99Ms ? '<' : '≥'} ${goal.maxP99Ms}`,
    `${s.errors} errors`,
  ];
  const met = s.rps >= goal.minRps && s.p99 < goal.maxP99Ms && s.errors === 0;
  return `${goal.target}: ${met ? 'MET' : 'NOT MET'} (${checks.join(', ')})`;
}
