import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impactReportOutline } from '#core/impact/impact-report-outline';
import { compareWithEarlier } from '#server/use-cases/describe-cohort-comparison';
import { describeImpact } from '#server/use-cases/describe-impact';
import { describeReportNotes } from '#server/use-cases/describe-report-notes';
import { DEMO_TAKEAWAYS } from '#server/use-cases/seed-demo-report-notes';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { programs } from '#store/schema';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
const seededAt = new Date('2026-11-21T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemoOrganisation({ ...t.deps, now: () => seededAt });
  expect(seeded.ok).toBe(true);
});
afterAll(() => t.close());

describe('the demo’s closed pilot report', () => {
  it('has HR’s takeaways, three consented quotes from both sides, and says it has no earlier cohort', async () => {
    const [pilot] = await t.database.db
      .select({ id: programs.id, orgId: programs.orgId })
      .from(programs)
      .where(eq(programs.name, 'Reverse Mentoring Pilot 2025'));
    const notes = await describeReportNotes(t.database.db, pilot!.orgId, pilot!.id);
    expect(notes.ok).toBe(true);
    if (!notes.ok) return;
    expect(notes.value.takeaways).toBe(DEMO_TAKEAWAYS);
    expect(notes.value.quotes).toHaveLength(3);
    expect(new Set(notes.value.quotes.map((q) => q.side))).toEqual(new Set(['mentor', 'mentee']));
    expect(notes.value.quotes.every((q) => q.questionId === 'final_testimonial')).toBe(true);
    // Some answered the question without agreeing to be quoted: they are not offered.
    expect(notes.value.candidates.length).toBeGreaterThanOrEqual(3);
    const hr = { orgId: pilot!.orgId, roles: ['program_manager' as const], personId: null };
    const impact = await describeImpact(t.database.db, hr, pilot!.id, seededAt);
    if (!impact.ok) throw new Error('no impact');
    const cohorts = await compareWithEarlier(t.database.db, pilot!.orgId, impact.value, seededAt);
    const outline = impactReportOutline({
      ...impact.value,
      funnel: impact.value.funnel.now,
      byMonth: impact.value.funnel.byMonth,
      takeaways: notes.value.takeaways,
      quotes: notes.value.quotes,
      cohorts,
    });
    const headings = outline.sections.map((s) => s.heading);
    expect(headings).toEqual(
      expect.arrayContaining(['Key takeaways', 'In their words', 'Compared with earlier cohorts']),
    );
    expect(JSON.stringify(outline)).toContain('There is no earlier cohort of this program');
  });
});
