import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyStatus } from '#core/surveys/survey-schedule';
import { rateProgramPairs } from '#server/use-cases/rate-program-pairs';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { programs } from '#store/schema';
import { listProgramSurveys } from '#store/surveys-store';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
const seededAt = new Date('2026-11-21T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemoOrganisation({ ...t.deps, now: () => seededAt });
  expect(seeded.ok).toBe(true);
});
afterAll(() => t.close());

async function program(name: string) {
  const [row] = await t.database.db
    .select({ id: programs.id, orgId: programs.orgId })
    .from(programs)
    .where(eq(programs.name, name));
  return row!;
}

const TODAY = seededAt.toISOString().slice(0, 10);

describe('the demo check-ins', () => {
  it('give every program its three surveys', async () => {
    const rows = await t.database.db.select({ id: programs.id, orgId: programs.orgId }).from(programs);
    for (const p of rows) {
      const surveys = await listProgramSurveys(t.database.db, p.orgId, p.id);
      expect(surveys.map((s) => s.timing).sort()).toEqual(['final', 'kickoff', 'midpoint']);
    }
  });

  it('leave the running program’s midpoint check-in open, answered by enough people to show results', async () => {
    const p = await program('Reverse Mentoring 2026');
    const surveys = await listProgramSurveys(t.database.db, p.orgId, p.id);
    const byTiming = new Map(surveys.map((s) => [s.timing, s]));
    const midpoint = byTiming.get('midpoint')!;
    expect(surveyStatus(midpoint, TODAY)).toBe('open');
    expect(midpoint).toMatchObject({ invited: 20, responded: 14 });
    expect(surveyStatus(byTiming.get('kickoff')!, TODAY)).toBe('closed');
    expect(byTiming.get('kickoff')!.responded).toBe(18);
    expect(surveyStatus(byTiming.get('final')!, TODAY)).toBe('scheduled');
    expect(byTiming.get('final')!.invited).toBe(0);
  });

  it('show in pair health that the slipping pair said it is not going well', async () => {
    const p = await program('Reverse Mentoring 2026');
    const health = await rateProgramPairs(t.database.db, p.orgId, p.id, seededAt);
    expect(health.ok).toBe(true);
    if (!health.ok) return;
    const lowCheckIn = health.value.items.filter((i) => i.reasons.some((r) => r.code === 'low_check_in'));
    expect(lowCheckIn.map((i) => i.mentor.name)).toEqual(['Ella Novak']);
  });

  it('answer all three surveys of the closed pilot', async () => {
    const p = await program('Reverse Mentoring Pilot 2025');
    const surveys = await listProgramSurveys(t.database.db, p.orgId, p.id);
    for (const s of surveys) {
      expect(surveyStatus(s, TODAY)).toBe('closed');
      expect(s.responded).toBe(s.invited);
      expect(s.invited).toBeGreaterThanOrEqual(10);
    }
  });
});
