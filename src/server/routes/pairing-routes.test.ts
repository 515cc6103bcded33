import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments, outbox } from '#store/schema';
import { CAST, type EnrollmentWorld, enrollmentWorld } from '#tests/fixtures/enrollment-world';
import type { Session } from '#tests/fixtures/sign-in';

const MARKER = 'SENSITIVE-PAIRING-MARKER-71d2';
const PEDRO = 'pedro.almeida@northwind.example';

type Card = { id: string; name: string; sensitiveUse: string };
type RunPair = {
  mentor: Card;
  mentee: Card;
  score: number;
  explanation: string;
  source: string;
  pinned: boolean;
  warnings: string[];
  contributions: unknown[];
};
type Run = {
  id: string;
  kind: string;
  status: string;
  pairs: RunPair[];
  unmatched: { person: Card; reason: string; bestCandidates: unknown[] }[];
  quality: { pairs: number; averageScore: number };
  changes: { action: string; reason: string; actorName: string | null }[];
  basedOnRunId: string | null;
};

let w: EnrollmentWorld;
let hr: Session;
let programId: string;
let run: Run;
let rui: string;
let pedro: string;

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  const programs = (await hr.inject({ method: 'GET', url: '/api/programs' })).json().items as {
    id: string;
    name: string;
  }[];
  programId = programs.find((p) => p.name === 'Reverse Mentoring — Operations & Sales')!.id;
  rui = await w.personId(CAST.admin);
  pedro = await w.personId(PEDRO);
  // A consented sensitive answer that must never leave the server.
  await w.t.database.db
    .update(enrollments)
    .set({ sensitiveAnswers: { generation: MARKER }, matchingConsent: true })
    .where(and(eq(enrollments.programId, programId), eq(enrollments.personId, rui)));
});
afterAll(() => w.t.close());

const post = (session: Session, url: string, payload: object = {}) =>
  session.inject({ method: 'POST', url, payload });
const change = (payload: object) => post(hr, `/api/match-runs/${run.id}/changes`, payload);

describe('a first match run on the demo program in phase matching', () => {
  it('proposes pairs with scores, reasons and cards, never the reporting-line pair or a sensitive answer', async () => {
    const response = await post(hr, `/api/programs/${programId}/match-runs`);
    expect(response.statusCode, response.body).toBe(201);
    run = response.json();
    expect(run.kind).toBe('initial');
    expect(run.status).toBe('draft');
    expect(run.pairs.length).toBeGreaterThanOrEqual(5);
    expect(run.quality.pairs).toBe(run.pairs.length);
    for (const pair of run.pairs) {
      expect(pair.explanation.length).toBeGreaterThan(10);
      expect(pair.contributions.length).toBeGreaterThan(0);
      expect(pair.source).toBe('algorithm');
    }
    expect(run.pairs.some((p) => p.mentor.id === rui && p.mentee.id === pedro)).toBe(false);
    const cards = run.pairs.flatMap((p) => [p.mentor, p.mentee]);
    expect(
      cards.find((c) => c.id === rui)?.sensitiveUse ??
        run.unmatched.find((u) => u.person.id === rui)?.person.sensitiveUse,
    ).toBe('used with consent');
    expect(response.body).not.toContain(MARKER);
    expect(response.body).not.toContain('sensitiveAnswers');
  });

  it('reads the run back and lists it', async () => {
    const again = await hr.inject({ method: 'GET', url: `/api/match-runs/${run.id}` });
    expect(again.json().pairs).toEqual(run.pairs);
    const list = (await hr.inject({ method: 'GET', url: `/api/programs/${programId}/match-runs` })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([run.id]);
    expect(list.items[0].quality.averageScore).toBe(run.quality.averageScore);
  });

  it('refuses a hand-pair in a reporting line with 409 and the rule words, and records nothing', async () => {
    const response = await change({ action: 'pair', mentorId: rui, menteeId: pedro, reason: 'try' });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'conflict',
      message: 'Rui Costa and Pedro Almeida are in the same reporting line',
    });
    expect((await hr.inject({ method: 'GET', url: `/api/match-runs/${run.id}` })).json().changes).toEqual([]);
  });

  it('swaps two mentees, pins, removes and hand-pairs, recording who, what and why', async () => {
    const [a, b] = run.pairs.filter((p) => p.mentor.id !== rui && p.mentee.id !== pedro);
    const swapped = await change({
      action: 'swap',
      menteeId: a!.mentee.id,
      otherMenteeId: b!.mentee.id,
      reason: 'better fit',
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    run = swapped.json();
    const mentorOf = (menteeId: string) => run.pairs.find((p) => p.mentee.id === menteeId)!;
    expect(mentorOf(a!.mentee.id).mentor.id).toBe(b!.mentor.id);
    expect(mentorOf(a!.mentee.id).source).toBe('hr');

    run = (await change({ action: 'pin', mentorId: b!.mentor.id, menteeId: a!.mentee.id })).json();
    expect(mentorOf(a!.mentee.id).pinned).toBe(true);

    const removed = await change({ action: 'remove', mentorId: a!.mentor.id, menteeId: b!.mentee.id });
    expect(removed.statusCode, removed.body).toBe(200);
    run = removed.json();
    expect(run.unmatched.map((u) => u.person.id)).toEqual(
      expect.arrayContaining([a!.mentor.id, b!.mentee.id]),
    );
    expect(run.unmatched.find((u) => u.person.id === b!.mentee.id)!.bestCandidates.length).toBeGreaterThan(0);

    const paired = await change({ action: 'pair', mentorId: a!.mentor.id, menteeId: b!.mentee.id });
    expect(paired.statusCode, paired.body).toBe(200);
    run = paired.json();
    expect(mentorOf(b!.mentee.id)).toMatchObject({ source: 'hr', mentor: { id: a!.mentor.id } });
    expect(run.changes.map((c) => c.action)).toEqual(['swap', 'pin', 'remove', 'pair']);
    expect(run.changes[0]).toMatchObject({ reason: 'better fit', actorName: 'Sarah Lindqvist' });
    expect((await change({ action: 'remove', mentorId: 'nobody', menteeId: pedro })).statusCode).toBe(404);
    expect((await change({ action: 'swap', menteeId: pedro })).statusCode).toBe(400);
  });

  it('re-runs with other weights as a what-if and shows the difference', async () => {
    const response = await post(hr, `/api/programs/${programId}/match-runs`, {
      basedOnRunId: run.id,
      weights: { skills: 0, availability: 5 },
      rules: { minimumScore: 10 },
    });
    expect(response.statusCode, response.body).toBe(201);
    const whatIf = response.json() as Run & {
      weights: Record<string, number>;
      rules: { minimumScore: number };
    };
    expect(whatIf.basedOnRunId).toBe(run.id);
    expect(whatIf.weights.skills).toBe(0);
    expect(whatIf.rules.minimumScore).toBe(10);
    const pinned = run.pairs.find((p) => p.pinned)!;
    expect(
      whatIf.pairs.some(
        (p) => p.mentee.id === pinned.mentee.id && p.mentor.id === pinned.mentor.id && p.pinned,
      ),
    ).toBe(true);
    const diff = await hr.inject({
      method: 'GET',
      url: `/api/match-runs/${whatIf.id}/diff?against=${run.id}`,
    });
    expect(diff.statusCode, diff.body).toBe(200);
    const body = diff.json();
    expect(body.kept + body.changed.filter((c: { from: string | null }) => c.from !== null).length).toBe(
      run.pairs.length,
    );
    expect(body.averageScoreChange).toBeCloseTo(whatIf.quality.averageScore - run.quality.averageScore, 1);
    expect(
      (await post(hr, `/api/programs/${programId}/match-runs`, { weights: { nonsense: 1 } })).statusCode,
    ).toBe(400);
    expect(
      (await post(hr, `/api/programs/${programId}/match-runs`, { basedOnRunId: 'nope' })).statusCode,
    ).toBe(404);
  });
});

describe('publishing', () => {
  it('creates active pairs, introduces both people without sensitive words, wait-lists the rest', async () => {
    const before = (
      await hr.inject({
        method: 'POST',
        url: `/api/programs/${programId}/transitions`,
        payload: { to: 'active' },
      })
    ).statusCode;
    expect(before).toBe(409);
    const response = await post(hr, `/api/match-runs/${run.id}/publish`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().pairsCreated).toBe(run.pairs.length);
    expect(response.json().waitlisted).toBe(run.unmatched.length);
    const runs = (await hr.inject({ method: 'GET', url: `/api/programs/${programId}/match-runs` })).json()
      .items;
    expect(runs.map((r: { status: string }) => r.status).sort()).toEqual(['discarded', 'published']);
    expect((await post(hr, `/api/match-runs/${run.id}/publish`)).statusCode).toBe(409);

    const mails = await w.t.database.db.select().from(outbox).where(eq(outbox.orgId, w.orgId));
    const intros = mails.filter((m) => m.subject.startsWith('Meet your'));
    expect(intros).toHaveLength(2 * run.pairs.length);
    const pedroMail = intros.find((m) => m.toAddress === PEDRO)!;
    const pedroPair = run.pairs.find((p) => p.mentee.id === pedro)!;
    expect(pedroMail.text).toContain(pedroPair.mentor.name);
    expect(pedroMail.text).toContain('Why you two:');
    for (const mail of intros) {
      expect(mail.text).not.toContain(MARKER);
      expect(mail.text).not.toMatch(/shared with consent|gender|under-represented|background/i);
    }
    const pairs = (await hr.inject({ method: 'GET', url: `/api/programs/${programId}/pairs` })).json().items;
    expect(pairs).toHaveLength(run.pairs.length);
    expect(pairs.every((p: { status: string }) => p.status === 'active')).toBe(true);
    const moved = await hr.inject({
      method: 'POST',
      url: `/api/programs/${programId}/transitions`,
      payload: { to: 'active' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
  });

  it('shows a participant their match and the reason', async () => {
    const ruiSession = await w.as(CAST.admin);
    const items = (await ruiSession.inject({ method: 'GET', url: '/api/my/pairs' })).json().items;
    const mine = run.pairs.find((p) => p.mentor.id === rui);
    expect(items).toHaveLength(mine ? 1 : 0);
    if (mine)
      expect(items[0]).toMatchObject({
        role: 'mentor',
        partner: { name: mine.mentee.name },
        program: { id: programId },
      });
  });
});
