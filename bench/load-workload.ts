/**
 * The mixed workload of bench/load.ts: what the web app asks for when participants and HR use it,
 * weighted, each request from a different signed-in user picked at random (a fixed seed, so every
 * run sends the same sequence). Participants open their home page (`/api/me`, `/api/my/pairs`,
 * `/api/my/programs`, `/api/my/check-ins`, as src/web/home/participant-home.tsx does), their pair's
 * meeting list and log meetings (a write, with the session's CSRF token); program managers open
 * their dashboard — the home page's program list, `/api/programs` (src/web/home/program-manager-home.tsx)
 * — and the program page (`/api/programs/:id`, the overview tab's only read). The impact dashboard
 * (`/api/programs/:id/impact`) is measured on its own (IMPACT_DASHBOARD): one request takes hundreds
 * of milliseconds, so in the mix it would measure nothing but itself.
 */
import type { LoadUsers, Manager, Participant } from './load-seed';
import { PROGRAM_ID } from './load-seed';
import type { LoadRequest } from './load-wrk';

type Built = { method: 'GET' | 'PUT'; path: string; body?: string };
type Endpoint<U> = { name: string; weight: number; build: (user: U) => Built };

/** More requests than a run of the default length sends, so a run seldom repeats one. */
const MIX_REQUESTS = 40_000;
const MEETINGS_PER_PAIR = 26; // impact-seed: one every two weeks for the year
const SKILLS = 30;

const participantEndpoints: Endpoint<Participant>[] = [
  { name: 'GET /api/me', weight: 12, build: () => get('/api/me') },
  { name: 'GET /api/my/pairs', weight: 12, build: () => get('/api/my/pairs') },
  { name: 'GET /api/my/programs', weight: 12, build: () => get('/api/my/programs') },
  { name: 'GET /api/my/check-ins', weight: 12, build: () => get('/api/my/check-ins') },
  {
    name: 'GET /api/my/pairs/:id/meetings',
    weight: 20,
    build: (user) => get(`/api/my/pairs/${user.pairId}/meetings`),
  },
  {
    name: 'PUT /api/my/pairs/:id/meetings/:id/log',
    weight: 10,
    build: (user) => logMeeting(user),
  },
];

const managerEndpoints: Endpoint<Manager>[] = [
  { name: 'GET /api/programs', weight: 10, build: () => get('/api/programs') },
  { name: 'GET /api/programs/:id', weight: 12, build: () => get(`/api/programs/${PROGRAM_ID}`) },
];

const TOTAL_WEIGHT = [...participantEndpoints, ...managerEndpoints].reduce((sum, e) => sum + e.weight, 0);

/** Each endpoint of the mix with a request of it from every user of the kind it serves (bench/load-statements.ts). */
export function requestsByEndpoint(users: LoadUsers): { name: string; requests: LoadRequest[] }[] {
  state = SEED;
  return [
    ...participantEndpoints.map((e) => ({
      name: e.name,
      requests: users.participants.map((u) => requestOf(e, u)),
    })),
    ...managerEndpoints.map((e) => ({
      name: e.name,
      requests: users.managers.map((u) => requestOf(e, u)),
    })),
  ];
}

/** The impact dashboard of the seeded program, measured apart from the mix. */
export const IMPACT_DASHBOARD = `GET /api/programs/${PROGRAM_ID}/impact`;

/** Every endpoint of the mix with its share of requests, in percent. */
export function mixShares(): { name: string; percent: number }[] {
  return [...participantEndpoints, ...managerEndpoints].map((e) => ({
    name: e.name,
    percent: (100 * e.weight) / TOTAL_WEIGHT,
  }));
}

function get(path: string): Built {
  return { method: 'GET', path };
}

/** A participant logs one of their pair's meetings: held, a skill taught each way, a pulse. */
function logMeeting(user: Participant): Built {
  const pair = user.pairId.replace('pair', ''); // impact-seed's meeting ids: m<pair>-<k>
  const k = Math.floor(random() * MEETINGS_PER_PAIR);
  const skill = Math.floor(random() * SKILLS);
  const body = {
    status: 'held',
    sharedNotes: 'Went through the plan.',
    taught: { mentor: [`Skill ${skill}`], mentee: [`Skill ${(skill + 15) % SKILLS}`] },
    pulse: 1 + Math.floor(random() * 5),
  };
  return {
    method: 'PUT',
    path: `/api/my/pairs/${user.pairId}/meetings/m${pair}-${k}/log`,
    body: JSON.stringify(body),
  };
}

/** mulberry32: a small seeded generator, so runs send the same mix. */
const SEED = 0x9e3779b9;
let state = SEED;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function signedIn(endpoint: string, user: Manager, built: Built): LoadRequest {
  const headers: Record<string, string> = { cookie: `cp_session=${user.token}`, accept: 'application/json' };
  if (built.method === 'GET') return { endpoint, method: built.method, path: built.path, headers };
  headers['content-type'] = 'application/json';
  headers['x-csrf-token'] = user.csrf;
  return { endpoint, method: built.method, path: built.path, headers, body: built.body ?? '{}' };
}

/** One request of the mix: an endpoint by weight, then a user of the kind it serves. */
function nextRequest(users: LoadUsers): LoadRequest {
  let r = random() * TOTAL_WEIGHT;
  for (const endpoint of participantEndpoints) {
    r -= endpoint.weight;
    if (r < 0) return requestOf(endpoint, pick(users.participants));
  }
  for (const endpoint of managerEndpoints) {
    r -= endpoint.weight;
    if (r < 0) return requestOf(endpoint, pick(users.managers));
  }
  throw new Error('The weights do not add up.');
}

function requestOf<U extends Manager>(endpoint: Endpoint<U>, user: U): LoadRequest {
  return signedIn(endpoint.name, user, endpoint.build(user));
}

/**
 * The mix as `count` requests, the same sequence on every call; the generator sends them in turn and
 * starts again from the first when a run outlasts them.
 */
export function mixedWorkload(users: LoadUsers, count = MIX_REQUESTS): LoadRequest[] {
  state = SEED;
  return Array.from({ length: count }, () => nextRequest(users));
}

/** The impact dashboard alone, as the program managers open it. */
export function impactDashboard(users: LoadUsers): LoadRequest[] {
  state = SEED;
  return Array.from({ length: 200 }, () =>
    signedIn(IMPACT_DASHBOARD, pick(users.managers), get(`/api/programs/${PROGRAM_ID}/impact`)),
  );
}
