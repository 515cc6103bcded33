import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { enrollments } from '#store/schema';
import {
  CAST,
  completeAnswers,
  type EnrollmentWorld,
  enrollmentWorld,
} from '#tests/fixtures/enrollment-world';
import { type Session, signIn } from '#tests/fixtures/sign-in';

const END_MARKER = 'END-REASON-MARKER-5be0';
const REPAIR_MARKER = 'REPAIR-REASON-MARKER-a93c';

type Pair = {
  id: string;
  status: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  endReason?: string;
  openRepairRequests?: number;
};

let w: EnrollmentWorld;
let hr: Session;
let programId: string;
let pairsBefore: Pair[];
let ended: Pair;
let cfo: string;

const post = (s: Session, url: string, payload: object = {}) => s.inject({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });
const programPairs = async () => (await get(hr, `/api/programs/${programId}/pairs`)).json().items as Pair[];

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  const programs = (await get(hr, '/api/programs')).json().items as { id: string; name: string }[];
  programId = programs.find((p) => p.name === 'Reverse Mentoring — Operations & Sales')!.id;
  const run = (await post(hr, `/api/programs/${programId}/match-runs`)).json();
  expect((await post(hr, `/api/match-runs/${run.id}/publish`)).statusCode).toBe(200);
  expect((await post(hr, `/api/programs/${programId}/transitions`, { to: 'active' })).statusCode).toBe(200);
  pairsBefore = await programPairs();
  cfo = await w.personId(CAST.cfo);
  await w.t.database.db.insert(enrollments).values({
    orgId: w.orgId,
    programId,
    personId: cfo,
    side: 'mentee',
    status: 'waitlisted',
    answers: completeAnswers({ meeting_mode: 'either' }),
  });
});
afterAll(() => w.t.close());

describe('midpoint adjustments', () => {
  it('ends a pair with a reason only HR sees, keeping it in the history', async () => {
    ended = pairsBefore.find((p) => p.mentor.id !== ruiMentorId())!;
    const response = await post(hr, `/api/pairs/${ended.id}/end`, { reason: END_MARKER });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ended', endReason: END_MARKER });
    expect((await post(hr, `/api/pairs/${ended.id}/end`, { reason: 'again' })).statusCode).toBe(409);
    expect((await post(hr, `/api/pairs/${ended.id}/end`, { reason: '' })).statusCode).toBe(400);
  });

  it('re-matches only the freed people and the wait-list, leaving everyone else untouched', async () => {
    const response = await post(hr, `/api/programs/${programId}/match-runs`);
    expect(response.statusCode, response.body).toBe(201);
    const run = response.json();
    expect(run.kind).toBe('rematch');
    const people = [
      ...run.pairs.flatMap((p: { mentor: { id: string }; mentee: { id: string } }) => [
        p.mentor.id,
        p.mentee.id,
      ]),
      ...run.unmatched.map((u: { person: { id: string } }) => u.person.id),
    ].sort();
    expect(people).toEqual([ended.mentor.id, ended.mentee.id, cfo].sort());
    expect(
      run.pairs.some(
        (p: { mentor: { id: string }; mentee: { id: string } }) =>
          p.mentor.id === ended.mentor.id && p.mentee.id === ended.mentee.id,
      ),
    ).toBe(false);
    expect((await post(hr, `/api/match-runs/${run.id}/publish`)).statusCode).toBe(200);
    const after = await programPairs();
    const untouched = pairsBefore.filter((p) => p.id !== ended.id);
    for (const p of untouched)
      expect(after.find((a) => a.id === p.id)).toMatchObject({
        status: 'active',
        mentor: p.mentor,
        mentee: p.mentee,
      });
    expect(after.find((a) => a.id === ended.id)).toMatchObject({ status: 'ended', endReason: END_MARKER });
    expect(after.length).toBe(pairsBefore.length + run.pairs.length);
  });
});

/** Rui Costa's pair (he has an account), the one pair these tests leave alone. */
function ruiMentorId(): string {
  return pairsBefore.find((p) => p.mentor.name === 'Rui Costa')?.mentor.id ?? '';
}

describe('confidential re-pair requests', () => {
  let rui: Session;
  let partner: Session;
  let pair: Pair;

  beforeAll(async () => {
    pair = pairsBefore.find((p) => p.mentor.name === 'Rui Costa')!;
    expect(pair).toBeDefined();
    rui = await w.as(CAST.admin);
    const email = `${pair.mentee.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.')}@northwind.example`;
    const account = await insertAccount(w.t.database.db, {
      email: `partner.${email}`,
      name: pair.mentee.name,
      passwordHash: await hashPassword('partner passphrase 2026'),
    });
    await insertMembership(w.t.database.db, {
      orgId: w.orgId,
      accountId: account.id,
      personId: pair.mentee.id,
      roles: ['participant'],
    });
    partner = await signIn(w.t.app, `partner.${email}`, 'partner passphrase 2026');
  });

  it('lets a participant ask about their own pair only, and tells HR alone', async () => {
    const response = await post(rui, `/api/my/pairs/${pair.id}/repair-request`, { reason: REPAIR_MARKER });
    expect(response.statusCode, response.body).toBe(201);
    const other = pairsBefore.find((p) => p.id !== pair.id && p.id !== ended.id)!;
    expect(
      (await post(rui, `/api/my/pairs/${other.id}/repair-request`, { reason: 'not mine' })).statusCode,
    ).toBe(404);
    const requests = (await get(hr, `/api/programs/${programId}/repair-requests`)).json().items;
    expect(requests).toEqual([
      expect.objectContaining({
        id: response.json().id,
        pairId: pair.id,
        reason: REPAIR_MARKER,
        status: 'open',
        requestedBy: { id: pair.mentor.id, name: 'Rui Costa' },
      }),
    ]);
    expect((await programPairs()).find((p) => p.id === pair.id)?.openRepairRequests).toBe(1);

    const mine = await get(partner, '/api/my/pairs');
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        pairId: pair.id,
        role: 'mentee',
        partner: expect.objectContaining({ name: 'Rui Costa' }),
      }),
    ]);
    const sponsor = await w.as(CAST.sponsor);
    const seen = [
      mine.body,
      (await get(rui, '/api/my/pairs')).body,
      (await get(sponsor, '/api/my/pairs')).body,
      (await get(sponsor, `/api/programs/${programId}/repair-requests`)).body,
      (await get(sponsor, `/api/programs/${programId}/pairs`)).body,
      (await get(partner, `/api/programs/${programId}/pairs`)).body,
    ];
    for (const body of seen) {
      expect(body).not.toContain(REPAIR_MARKER);
      expect(body).not.toContain(END_MARKER);
    }
    expect((await post(hr, `/api/repair-requests/${requests[0].id}/resolve`)).statusCode).toBe(204);
    expect((await post(hr, `/api/repair-requests/${requests[0].id}/resolve`)).statusCode).toBe(409);
    expect((await get(hr, `/api/programs/${programId}/repair-requests`)).json().items[0].status).toBe(
      'resolved',
    );
  });
});

describe('access', () => {
  const routes = (ids: { program: string; run: string; pair: string; request: string }) =>
    [
      ['GET', `/api/programs/${ids.program}/match-runs`],
      ['POST', `/api/programs/${ids.program}/match-runs`],
      ['GET', `/api/match-runs/${ids.run}`],
      ['GET', `/api/match-runs/${ids.run}/diff?against=${ids.run}`],
      ['POST', `/api/match-runs/${ids.run}/changes`],
      ['POST', `/api/match-runs/${ids.run}/publish`],
      ['GET', `/api/programs/${ids.program}/pairs`],
      ['POST', `/api/pairs/${ids.pair}/end`],
      ['GET', `/api/programs/${ids.program}/repair-requests`],
      ['POST', `/api/repair-requests/${ids.request}/resolve`],
    ] as const;
  const bodies: Record<string, object> = {
    changes: { action: 'remove', mentorId: 'a', menteeId: 'b' },
    end: { reason: 'x' },
  };
  const bodyOf = (url: string) => bodies[url.split('/').pop()!] ?? {};

  it('answers 401 signed out, 403 to other roles and 404 to another tenant', async () => {
    const runId = (await get(hr, `/api/programs/${programId}/match-runs`)).json().items[0].id;
    const pairId = pairsBefore[0]!.id;
    const requestId = (await get(hr, `/api/programs/${programId}/repair-requests`)).json().items[0].id;
    const ids = { program: programId, run: runId, pair: pairId, request: requestId };
    const junior = await w.as(CAST.junior);
    const globex = (await w.other()).session;
    for (const [method, url] of routes(ids)) {
      const payload = method === 'POST' ? bodyOf(url) : undefined;
      expect((await w.t.app.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode, url).toBe(
        401,
      );
      expect((await junior.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode, url).toBe(
        403,
      );
      expect((await globex.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode, url).toBe(
        404,
      );
    }
    expect((await w.t.app.inject({ method: 'GET', url: '/api/my/pairs' })).statusCode).toBe(401);
    expect((await post(globex, `/api/my/pairs/${pairId}/repair-request`, { reason: 'x' })).statusCode).toBe(
      404,
    );
    expect((await get(globex, '/api/my/pairs')).json().items).toEqual([]);
  });
});
