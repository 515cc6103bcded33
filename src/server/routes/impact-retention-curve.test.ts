import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '#core/programs/calendar-dates';
import { people, programs } from '#store/schema';
import { addPair } from '#tests/fixtures/check-in-builders';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Point = { month: number; date: string; day: number; survival: number | null };
type Group = { overall: { suppressed: boolean; monthly?: Point[] }; bySide: Record<string, object> };

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Six pairs (12 participants, no comparable colleagues: nobody has a department), the program started
 * three months ago. One mentee left 10 days after month 1's day. Nobody else has left, so the curve is
 * 1 at months 0 and 1, then 11/12 from month 2 on; the leaving day itself is never sent.
 */
describe('the retention curve on a program’s impact', () => {
  let w: WorkspaceApp;
  let start: string;
  let leftOn: string;

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'retention-curve' });
    start = addMonths(new Date().toISOString().slice(0, 10), -3);
    leftOn = addDays(addMonths(start, 1), 10);
    await w.db.update(programs).set({ startDate: start }).where(eq(programs.id, w.programId));
    for (const key of ['a', 'b', 'c', 'd', 'e']) await addPair(w.db, w.orgId, w.programId, key);
    await w.db
      .update(people)
      .set({ employmentStatus: 'left', endDate: leftOn })
      .where(eq(people.id, w.mentee.personId));
  });
  afterAll(() => w.t.close());

  it('sends everyone’s survival once a month from the start, not per side and not per leaving day', async () => {
    const response = await (await w.as('sponsor')).inject({
      method: 'GET',
      url: `/api/programs/${w.programId}/impact`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { participants, comparison } = response.json().retention as Record<string, Group>;
    const monthly = participants!.overall.monthly!;
    expect(monthly.map((p) => [p.month, p.date])).toEqual([0, 1, 2, 3].map((m) => [m, addMonths(start, m)]));
    expect(monthly[0]!.survival).toBe(1);
    expect(monthly[1]!.survival).toBe(1);
    expect(monthly[2]!.survival).toBeCloseTo(11 / 12, 12);
    expect(monthly[3]!.survival).toBeCloseTo(11 / 12, 12);
    expect(response.body).not.toContain(leftOn);
    expect(participants!.bySide.mentee).not.toHaveProperty('monthly');
    expect(participants!.overall).not.toHaveProperty('curve');
    expect(comparison!.overall).toMatchObject({ suppressed: true });
    expect(comparison!.overall).not.toHaveProperty('monthly');
  });
});
