import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalUpdates, pairGoals, pairs } from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Goal = {
  id: string;
  side: 'mentor' | 'mentee';
  title: string;
  progress: number;
  completedAt: string | null;
  createdAt: string;
  updates: { progress: number; note: string; author: string; createdAt: string }[];
};

let w: WorkspaceApp;
let mentor: Session;
let mentee: Session;
let mentorGoal: Goal;
let menteeGoal: Goal;

const goalsUrl = () => `/api/my/pairs/${w.pairId}/goals`;
const addGoal = (s: Session, payload: object) => s.inject({ method: 'POST', url: goalsUrl(), payload });
const update = (s: Session, goalId: string, payload: object) =>
  s.inject({ method: 'POST', url: `${goalsUrl()}/${goalId}/updates`, payload });
const remove = (s: Session, goalId: string) => s.inject({ method: 'DELETE', url: `${goalsUrl()}/${goalId}` });
const goals = async (s: Session) => {
  const response = await s.inject({ method: 'GET', url: goalsUrl() });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Goal[];
};
const SECOND = 1000;

beforeAll(async () => {
  w = await workspaceApp({ meetings: 0 });
  mentor = await w.as('mentor');
  mentee = await w.as('mentee');
});
afterAll(() => w.t.close());

describe('goals', () => {
  it('start empty', async () => {
    expect(await goals(mentor)).toEqual([]);
  });

  it('are added by each person for their own side', async () => {
    const created = await addGoal(mentor, { side: 'mentor', title: '  Understand the P&L  ' });
    expect(created.statusCode, created.body).toBe(201);
    mentorGoal = created.json();
    expect(mentorGoal).toMatchObject({
      side: 'mentor',
      title: 'Understand the P&L',
      progress: 0,
      completedAt: null,
      updates: [],
    });
    w.t.advance(SECOND);
    menteeGoal = (await addGoal(mentee, { side: 'mentee', title: 'Ship a TikTok video' })).json();
    expect(menteeGoal.side).toBe('mentee');
    const seenByMentee = await goals(mentee);
    expect(seenByMentee.map((g) => g.title)).toEqual(['Understand the P&L', 'Ship a TikTok video']);
    expect(await goals(mentor)).toEqual(seenByMentee);
  });

  it('cannot be added for the partner’s side', async () => {
    const response = await addGoal(mentee, { side: 'mentor', title: 'Learn Excel' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('Add goals for your own side.');
    expect(await goals(mentor)).toHaveLength(2);
  });

  it('refuse a missing or too long title with a field issue', async () => {
    for (const title of ['   ', 'x'.repeat(201)]) {
      const response = await addGoal(mentor, { side: 'mentor', title });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toEqual(['title']);
    }
  });

  it('take progress from either side, newest update first, with its author', async () => {
    w.t.advance(SECOND);
    const first = await update(mentee, mentorGoal.id, { progress: 40, note: ' Read the annual report ' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ progress: 40, completedAt: null });
    w.t.advance(SECOND);
    const second = (await update(mentor, mentorGoal.id, { progress: 60, note: '' })).json() as Goal;
    expect(second.progress).toBe(60);
    expect(second.updates.map((u) => [u.progress, u.note, u.author])).toEqual([
      [60, '', w.mentor.name],
      [40, 'Read the annual report', w.mentee.name],
    ]);
    expect(Date.parse(second.updates[0]!.createdAt)).toBeGreaterThan(
      Date.parse(second.updates[1]!.createdAt),
    );
    // The latest update is the progress, even when it goes down.
    w.t.advance(SECOND);
    expect((await update(mentee, mentorGoal.id, { progress: 30, note: 'Restarted' })).json().progress).toBe(
      30,
    );
    expect((await goals(mentee)).find((g) => g.id === mentorGoal.id)?.progress).toBe(30);
  });

  it('complete at 100 and reopen below it', async () => {
    const before = w.t.deps.now().getTime();
    const done = (await update(mentor, menteeGoal.id, { progress: 100, note: 'Posted!' })).json() as Goal;
    expect(done.progress).toBe(100);
    const completedAt = Date.parse(done.completedAt ?? '');
    expect(completedAt).toBeGreaterThanOrEqual(before);
    expect(completedAt).toBeLessThanOrEqual(w.t.deps.now().getTime());
    w.t.advance(SECOND);
    const reopened = (await update(mentee, menteeGoal.id, { progress: 90, note: 'Needs a sequel' })).json();
    expect(reopened).toMatchObject({ progress: 90, completedAt: null });
  });

  it('refuse progress outside 0–100, fractions and long notes with field issues', async () => {
    const cases: [object, string[]][] = [
      [{ progress: 101, note: '' }, ['progress']],
      [{ progress: -1, note: '' }, ['progress']],
      [{ progress: 50.5, note: '' }, ['progress']],
      [{ progress: 50, note: 'x'.repeat(2001) }, ['note']],
    ];
    for (const [payload, path] of cases) {
      const response = await update(mentor, mentorGoal.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.issues[0].path).toEqual(path);
    }
    expect((await goals(mentor)).find((g) => g.id === mentorGoal.id)?.updates).toHaveLength(3);
  });

  it('are removed only by whoever added them, with their updates', async () => {
    const refused = await remove(mentee, mentorGoal.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Only the person who added a goal can remove it.');
    expect((await remove(mentor, mentorGoal.id)).statusCode).toBe(204);
    expect((await goals(mentee)).map((g) => g.id)).toEqual([menteeGoal.id]);
    expect(await w.db.select().from(goalUpdates).where(eq(goalUpdates.goalId, mentorGoal.id))).toEqual([]);
    expect((await remove(mentor, mentorGoal.id)).statusCode).toBe(404);
    expect((await update(mentor, mentorGoal.id, { progress: 10, note: '' })).statusCode).toBe(404);
  });

  it('are limited to 20 per side', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await addGoal(mentor, { side: 'mentor', title: `Goal ${i}` })).statusCode).toBe(201);
    }
    expect((await addGoal(mentor, { side: 'mentor', title: 'One too many' })).statusCode).toBe(409);
    expect((await addGoal(mentee, { side: 'mentee', title: 'Mine still fits' })).statusCode).toBe(201);
    await w.db.delete(pairGoals).where(eq(pairGoals.side, 'mentor'));
  });

  it('are not found for anyone outside the pair', async () => {
    for (const who of ['hr', 'admin', 'sponsor', 'outsider', 'otherTenant'] as const) {
      const s = await w.as(who);
      expect((await s.inject({ method: 'GET', url: goalsUrl() })).statusCode, who).toBe(404);
      expect((await addGoal(s, { side: 'mentor', title: 'Sneaky' })).statusCode, who).toBe(404);
      expect((await update(s, menteeGoal.id, { progress: 5, note: '' })).statusCode, who).toBe(404);
      expect((await remove(s, menteeGoal.id)).statusCode, who).toBe(404);
    }
    expect((await goals(mentee)).find((g) => g.id === menteeGoal.id)?.progress).toBe(90);
  });

  it('stay readable but cannot change once the pair has ended', async () => {
    await w.db.update(pairs).set({ status: 'ended', endedAt: new Date() }).where(eq(pairs.id, w.pairId));
    expect((await goals(mentee)).map((g) => g.title)).toContain('Ship a TikTok video');
    expect((await addGoal(mentee, { side: 'mentee', title: 'Late' })).statusCode).toBe(409);
    expect((await update(mentee, menteeGoal.id, { progress: 100, note: '' })).statusCode).toBe(409);
    expect((await remove(mentee, menteeGoal.id)).statusCode).toBe(409);
  });
});
