import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairs, programs } from '#store/schema';
import { addPair } from '#tests/fixtures/check-in-builders';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

/**
 * "Will you keep meeting informally?" (docs/api/continuation.md): each person of a closed program's
 * pair answers for themselves; the partner learns the answer only when both said yes; HR sees each
 * pair's outcome and the counts, never who said no.
 */
const NOT_CLOSED =
  'You can say whether you will keep meeting once the program is closed. Until then, your pair carries on as planned.';

describe('pair continuation', () => {
  let w: WorkspaceApp;
  let mentor: Session;
  let mentee: Session;
  let hr: Session;
  let secondPairId: string;
  let earlyPairId: string;
  const url = (pairId = w.pairId) => `/api/my/pairs/${pairId}/continuation`;
  const answer = (session: Session, continues: unknown, pairId = w.pairId) =>
    session.inject({ method: 'PUT', url: url(pairId), payload: { continues } });
  const view = async (session: Session, pairId = w.pairId) => {
    const response = await session.inject({ method: 'GET', url: url(pairId) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const hrList = async () => {
    const response = await hr.inject({
      method: 'GET',
      url: `/api/programs/${w.programId}/pair-continuations`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'continue' });
    // The program ran from 2026-03-02 to 2026-09-02; a second pair lasted too, a third ended in June.
    await w.db
      .update(programs)
      .set({ startDate: '2026-03-02', midpointDate: '2026-06-02', endDate: '2026-09-02' })
      .where(eq(programs.id, w.programId));
    secondPairId = (await addPair(w.db, w.orgId, w.programId, 'second')).pairId;
    earlyPairId = (await addPair(w.db, w.orgId, w.programId, 'early', { status: 'ended' })).pairId;
    await w.db
      .update(pairs)
      .set({ endedAt: new Date('2026-06-01T00:00:00Z') })
      .where(eq(pairs.id, earlyPairId));
    [mentor, mentee, hr] = await Promise.all([w.as('mentor'), w.as('mentee'), w.as('hr')]);
  });
  afterAll(() => w.t.close());

  it('refuses an answer while the program is still running, with a clear reason', async () => {
    const response = await answer(mentor, true);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: 'conflict', message: NOT_CLOSED } });
    expect(await view(mentor)).toEqual({
      open: false,
      reason: NOT_CLOSED,
      mine: null,
      answeredAt: null,
      bothContinue: false,
    });
    expect(await hrList()).toEqual({
      open: false,
      summary: { pairs: 0, continuing: 0, not_continuing: 0, not_answered: 0 },
      items: [],
    });
  });

  it('opens when HR closes the program, and lists every pair that lasted as not answered', async () => {
    await setProgramPhase(w.db, w.programId, 'closing');
    const closed = await hr.inject({
      method: 'POST',
      url: `/api/programs/${w.programId}/transitions`,
      payload: { to: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await view(mentor)).toMatchObject({ open: true, reason: null, mine: null, bothContinue: false });
    expect(await hrList()).toEqual({
      open: true,
      summary: { pairs: 2, continuing: 0, not_continuing: 0, not_answered: 2 },
      items: expect.arrayContaining([
        { pairId: w.pairId, status: 'not_answered' },
        { pairId: secondPairId, status: 'not_answered' },
      ]),
    });
  });

  it('shows a yes to its author only, while the partner has not answered', async () => {
    const response = await answer(mentor, true);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ open: true, mine: true, bothContinue: false });
    expect(response.json().answeredAt).toEqual(expect.any(String));
    expect(await view(mentee)).toMatchObject({ mine: null, bothContinue: false });
  });

  it('never reveals a no: the partner who said yes sees the same as before', async () => {
    const before = await view(mentor);
    expect((await answer(mentee, false)).statusCode).toBe(200);
    expect(await view(mentor)).toEqual(before);
    expect(await view(mentee)).toMatchObject({ mine: false, bothContinue: false });
    const list = await hrList();
    expect(list.summary).toEqual({ pairs: 2, continuing: 0, not_continuing: 1, not_answered: 1 });
    expect(list.items).toContainEqual({ pairId: w.pairId, status: 'not_continuing' });
    expect(JSON.stringify(list)).not.toContain(w.mentee.personId);
  });

  it('tells both when both say yes, after a change of mind', async () => {
    const changed = await answer(mentee, true);
    expect(changed.json()).toMatchObject({ mine: true, bothContinue: true });
    expect(await view(mentor)).toMatchObject({ mine: true, bothContinue: true });
    const list = await hrList();
    expect(list.summary).toEqual({ pairs: 2, continuing: 1, not_continuing: 0, not_answered: 1 });
    expect(list.items).toContainEqual({ pairId: w.pairId, status: 'continuing' });
    expect(list.items).toContainEqual({ pairId: secondPairId, status: 'not_answered' });
  });

  it('treats someone else’s pair as not found, for every other role and the other organisation', async () => {
    for (const who of ['hr', 'admin', 'sponsor', 'outsider', 'otherTenant'] as const) {
      const session = await w.as(who);
      expect((await session.inject({ method: 'GET', url: url() })).statusCode, who).toBe(404);
      expect((await answer(session, false)).statusCode, who).toBe(404);
    }
    expect((await answer(mentor, true, secondPairId)).statusCode).toBe(404);
    expect((await answer(mentor, true, 'no-such-pair')).statusCode).toBe(404);
    expect(await view(mentor)).toMatchObject({ mine: true, bothContinue: true });
  });

  it('does not ask a pair that ended before the program did', async () => {
    const early = await w.db.select().from(pairs).where(eq(pairs.id, earlyPairId));
    expect(early[0]?.endReason).toBe('');
    expect((await hrList()).items.map((i: { pairId: string }) => i.pairId)).not.toContain(earlyPairId);
  });

  it('refuses an answer that is not yes or no, field by field', async () => {
    const response = await answer(mentor, 'maybe');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation');
    expect(response.json().error.issues[0].path).toEqual(['continues']);
  });

  it('lets only HR read the program’s outcomes', async () => {
    for (const who of ['mentor', 'sponsor'] as const) {
      const session = await w.as(who);
      const response = await session.inject({
        method: 'GET',
        url: `/api/programs/${w.programId}/pair-continuations`,
      });
      expect(response.statusCode, who).toBe(403);
    }
    const other = await w.as('otherTenant');
    const response = await other.inject({
      method: 'GET',
      url: `/api/programs/${w.programId}/pair-continuations`,
    });
    expect(response.statusCode).toBe(404);
  });
});
