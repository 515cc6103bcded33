import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { checkAnswers } from '#core/programs/intake-answers';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { demoPeople } from '#store/demo/demo-people';
import { consentRecords, enrollments, people, programs, programTransitions, skills } from '#store/schema';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemoOrganisation(t.deps);
  expect(seeded.ok).toBe(true);
});
afterAll(() => t.close());

describe('the demo organisation', () => {
  it('has its people, with reporting lines, and refuses to load twice', async () => {
    const { db } = t.database;
    expect(await db.$count(people)).toBe(demoPeople.length);
    expect(await db.$count(people, sql`${people.managerId} is null`)).toBe(1);
    expect((await seedDemoOrganisation(t.deps)).ok).toBe(false);
  });

  it('has a program in each phase a newcomer should see, with its history', async () => {
    const { db } = t.database;
    const rows = await db.select({ id: programs.id, phase: programs.phase }).from(programs);
    expect(rows.map((r) => r.phase).sort()).toEqual([
      'closed',
      'draft',
      'matching',
      'midpoint',
      'recruiting',
    ]);
    for (const row of rows) {
      const history = await db
        .select()
        .from(programTransitions)
        .where(eq(programTransitions.programId, row.id));
      expect(history.at(-1)?.toPhase ?? 'draft', row.phase).toBe(row.phase);
    }
  });

  it('stores answers the product accepts, sensitive ones apart, with consent records and the skills named', async () => {
    const { db } = t.database;
    const form = defaultIntakeForm();
    const answered = await db.select().from(enrollments).where(sql`${enrollments.submittedAt} is not null`);
    expect(answered.length).toBeGreaterThan(30);
    for (const e of answered) {
      expect(checkAnswers(form, e.side, { ...e.answers, ...e.sensitiveAnswers }).ok, e.id).toBe(true);
      for (const key of Object.keys(e.answers)) expect(form.find((q) => q.id === key)?.sensitive).toBe(false);
    }
    const consenting = answered.filter((e) => e.matchingConsent).length;
    expect(await db.$count(consentRecords)).toBe(consenting);
    const names = (await db.select({ name: skills.name }).from(skills)).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Blockchain', 'Capital allocation']));
  });
});
