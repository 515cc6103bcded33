import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { pairContinuations, pairs, programs } from '#store/schema';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let logins: { email: string; roles: readonly string[]; label: string }[];
beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemoOrganisation({ ...t.deps, now: () => new Date('2026-11-21T12:00:00Z') });
  if (!seeded.ok) throw new Error('the demo did not seed');
  logins = seeded.value.logins;
});
const loginAs = (label: string) => signIn(t.app, logins.find((l) => l.label === label)!.email, DEMO_PASSWORD);
afterAll(() => t.close());

describe('the demo’s continuation answers', () => {
  it('gives the closed pilot’s pairs every outcome, and the running program none', async () => {
    const { db } = t.database;
    const [pilot] = await db
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.name, 'Reverse Mentoring Pilot 2025'));
    const pilotPairs = await db.select({ id: pairs.id }).from(pairs).where(eq(pairs.programId, pilot!.id));
    const answers = await db.select().from(pairContinuations);
    const pilotIds = new Set(pilotPairs.map((p) => p.id));
    expect(answers.every((a) => pilotIds.has(a.pairId))).toBe(true);

    const [row] = await db.select().from(programs).where(eq(programs.id, pilot!.id));
    expect(row?.phase).toBe('closed');
    const hr: Session = await loginAs('HR program manager');
    const response = await hr.inject({ method: 'GET', url: `/api/programs/${pilot!.id}/pair-continuations` });
    expect(response.statusCode, response.body).toBe(200);
    const { open, summary } = response.json();
    expect(open).toBe(true);
    // Six pairs taken in turn: both yes, yes and no, one yes, none — then both yes, yes and no again.
    expect(pilotPairs).toHaveLength(6);
    expect(summary).toEqual({ pairs: 6, continuing: 2, not_continuing: 2, not_answered: 2 });
    expect(answers).toHaveLength(2 + 2 + 1 + 0 + 2 + 2);
  });
});
