/**
 * The load generator for bench/load.ts: autocannon (which ships no types, hence the small typed
 * surface below), driven for a fixed time with keep-alive connections, one request in flight each.
 * Every response is kept as a sample — which endpoint, its status, its milliseconds — so the
 * percentiles cover every response (autocannon's own histogram keeps only the 2xx ones) and can be
 * split by endpoint.
 */
import { createRequire } from 'node:module';

/** One request as autocannon builds it; `setupRequest` picks the next one, `onResponse` sees the answer. */
export type CannonRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
};

type CannonOptions = {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: CannonRequest[];
};

type CannonResult = { duration: number; errors: number; timeouts: number };

type CannonInstance = PromiseLike<CannonResult> & {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, milliseconds: number) => void,
  ): void;
};

const autocannon = createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => CannonInstance;

export type Sample = { readonly endpoint: string; readonly status: number; readonly ms: number };
export type LoadRun = {
  readonly seconds: number;
  readonly samples: readonly Sample[];
  /** Connection errors and timeouts: requests that got no HTTP answer at all. */
  readonly socketErrors: number;
};

/** The name `setupRequest` stores in the connection's context for the request it built. */
export const ENDPOINT_KEY = 'endpoint';

/**
 * Drives `url` for `seconds` over `connections` connections. `request` must put the endpoint's name
 * under ENDPOINT_KEY in its context; the name of each answered request is read back in `onResponse`,
 * which autocannon calls just before the `response` event of the same connection that times it.
 */
export async function drive(
  url: string,
  request: CannonRequest,
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  const samples: Sample[] = [];
  let answered = '';
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        ...request,
        onResponse: (_status, _body, context) => {
          answered = String(context[ENDPOINT_KEY] ?? 'unknown');
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    samples.push({ endpoint: answered, status, ms });
  });
  const result = await instance;
  return { seconds: result.duration, samples, socketErrors: result.errors + result.timeouts };
}
