import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptNote } from '#server/crypto/note-cipher';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PRIVATE_NOTE } from '#server/use-cases/seed-demo-workspace';
import {
  concerns,
  meetingLessons,
  meetings,
  pairAgreements,
  pairGoals,
  pairs,
  people,
  privateNotes,
  programs,
} from '#store/schema';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
const seededAt = new Date('2026-11-21T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemoOrganisation({ ...t.deps, now: () => seededAt });
  expect(seeded.ok).toBe(true);
});
afterAll(() => t.close());

async function programId(name: string) {
  const [row] = await t.database.db.select({ id: programs.id }).from(programs).where(eq(programs.name, name));
  return row!.id;
}

describe('the demo pair workspaces', () => {
  it('gives the midpoint program a pair waiting for its kickoff agreement and agreed pairs with history', async () => {
    const { db } = t.database;
    const flagship = await programId('Reverse Mentoring 2026');
    const agreements = await db
      .select({ agreedAt: pairAgreements.agreedAt })
      .from(pairAgreements)
      .innerJoin(pairs, eq(pairs.id, pairAgreements.pairId))
      .where(eq(pairs.programId, flagship));
    expect(agreements.filter((a) => a.agreedAt === null)).toHaveLength(1);
    expect(agreements.length).toBeGreaterThanOrEqual(8);
    const past = await db
      .select({ status: meetings.status, count: sql<number>`count(*)::int` })
      .from(meetings)
      .innerJoin(pairs, eq(pairs.id, meetings.pairId))
      .where(and(eq(pairs.programId, flagship), sql`${meetings.startsAt} < ${seededAt.toISOString()}`))
      .groupBy(meetings.status);
    const by = Object.fromEntries(past.map((p) => [p.status, p.count]));
    expect(by.held).toBeGreaterThan(40);
    expect(by.missed).toBeGreaterThan(3);
    expect(by.scheduled, 'a quiet pair stopped logging').toBeGreaterThan(0);
    expect(await db.$count(meetingLessons)).toBeGreaterThan(by.held!);
    expect(await db.$count(pairGoals, isNotNull(pairGoals.completedAt))).toBeGreaterThan(0);
    expect(await db.$count(concerns, eq(concerns.status, 'open'))).toBe(1);
  });

  it('keeps Leila’s private note encrypted, readable with her key context only', async () => {
    const { db } = t.database;
    const [leila] = await db.select().from(people).where(eq(people.email, 'leila.haddad@northwind.example'));
    const notes = await db.select().from(privateNotes);
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note.authorPersonId).toBe(leila!.id);
    expect(note.ciphertext).not.toContain('tokenised');
    const context = { orgId: note.orgId, meetingId: note.meetingId, authorPersonId: leila!.id };
    expect(decryptNote(t.deps.keys.notes, context, note.ciphertext)).toBe(DEMO_PRIVATE_NOTE);
    expect(
      decryptNote(t.deps.keys.notes, { ...context, authorPersonId: 'someone-else' }, note.ciphertext),
    ).toBe(undefined);
  });

  it('logs the closed pilot’s meetings up to its end and schedules none after', async () => {
    const { db } = t.database;
    const pilot = await programId('Reverse Mentoring Pilot 2025');
    const open = await db
      .select({ id: meetings.id })
      .from(meetings)
      .innerJoin(pairs, eq(pairs.id, meetings.pairId))
      .where(and(eq(pairs.programId, pilot), eq(meetings.status, 'scheduled'), isNull(meetings.loggedAt)));
    const held = await db
      .select({ id: meetings.id })
      .from(meetings)
      .innerJoin(pairs, eq(pairs.id, meetings.pairId))
      .where(and(eq(pairs.programId, pilot), eq(meetings.status, 'held')));
    expect(held.length).toBeGreaterThan(50);
    expect(open.length).toBeLessThanOrEqual(10); // at most the pilot's last day, if it fell after its pairs ended
  });
});
