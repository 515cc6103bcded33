import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#store/database';
import { organisations, programs } from '#store/schema';
import { addPair } from '#tests/fixtures/check-in-builders';
import { buildProgram } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';
import {
  daysFromNow,
  makePairActive,
  type WorkspaceApp,
  workspaceApp,
} from '#tests/fixtures/workspace-builders';

const SLUG = 'overview';
const URL = '/api/impact/programs';

type Figure = { suppressed: boolean; reason?: string; message?: string } & Record<string, unknown>;
type Row = {
  id: string;
  name: string;
  phase: string;
  sponsorName: string | null;
  matched: { mentor: Figure; mentee: Figure };
  activePairs: number;
  meetings: Figure;
  pulse: Figure;
  objectives: { met: number; measured: number; total: number };
  health: { healthy: number; at_risk: number; inactive: number; total: number } | null;
};
type Overview = {
  minGroupSize: number;
  asOf: string;
  programs: Row[];
  totals: Omit<Row, 'id' | 'name' | 'phase' | 'sponsorName'> & { programs: number };
  drafts: { id: string; name: string }[];
};

/** Both people enrolled and approved, an agreed kickoff, and one held meeting rated 4 and 5. */
type PairOf = { pairId: string; mentor: { personId: string }; mentee: { personId: string } };
const makeActive = (db: Db, orgId: string, programId: string, p: PairOf) =>
  makePairActive(
    db,
    orgId,
    programId,
    { pairId: p.pairId, mentorId: p.mentor.personId, menteeId: p.mentee.personId },
    { heldDaysAgo: 10 },
  );

async function addPairs(w: WorkspaceApp, programId: string, keys: readonly string[]) {
  for (const key of keys)
    await makeActive(
      w.db,
      w.orgId,
      programId,
      await addPair(w.db, w.orgId, programId, key, { startedAt: daysFromNow(-45) }),
    );
}

describe('impact across programs', () => {
  let w: WorkspaceApp;
  let hr: Session;
  let pilotId: string;
  let recruitingId: string;
  let draftId: string;
  let foreignId: string;

  beforeAll(async () => {
    w = await workspaceApp({ slug: SLUG });
    hr = await w.as('hr');
    await w.db
      .update(programs)
      .set({
        settings: {
          objectives: [
            {
              text: 'Pairs keep meeting',
              metric: 'held',
              comparator: '>=',
              target: 50,
              unit: '%',
              measure: 'meetings_held',
            },
            { text: 'Leaders feel confident', metric: 'free words', comparator: '>=', target: 80, unit: '%' },
          ],
        },
      })
      .where(eq(programs.id, w.programId));
    // The workspace's own pair (two past meetings nobody logged) and five more, each holding one.
    await makeActive(w.db, w.orgId, w.programId, w);
    await addPairs(w, w.programId, ['ann', 'bob', 'cat', 'dan', 'eve']);
    pilotId = await buildProgram(w.db, w.orgId, {
      name: 'Small pilot',
      phase: 'active',
      startDate: '2026-06-01',
    });
    await addPairs(w, pilotId, ['p1', 'p2']);
    recruitingId = await buildProgram(w.db, w.orgId, {
      name: 'Next cohort',
      phase: 'recruiting',
      startDate: '2027-03-01',
    });
    draftId = await buildProgram(w.db, w.orgId, {
      name: 'Idea for 2028',
      phase: 'draft',
      startDate: '2028-01-03',
    });
    const [other] = await w.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, `other-${SLUG}`));
    foreignId = await buildProgram(w.db, other!.id, { name: 'Foreign program', phase: 'active' });
  });
  afterAll(() => w.t.close());

  it('gives HR one row per program past its draft, newest start first, with its headline figures', async () => {
    const response = await hr.inject({ method: 'GET', url: URL });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Overview;
    expect(body.minGroupSize).toBe(5);
    expect(body.programs.map((p) => [p.name, p.phase])).toEqual([
      ['Next cohort', 'recruiting'],
      [`Reverse ${SLUG}`, 'active'],
      ['Small pilot', 'active'],
    ]);
    expect(body.drafts.map((d) => [d.id, d.name])).toEqual([[draftId, 'Idea for 2028']]);
    expect(response.body).not.toContain('Foreign program');
    expect(response.body).not.toContain(foreignId);

    const main = body.programs.find((p) => p.id === w.programId)!;
    expect(main).toMatchObject({
      sponsorName: 'Sam Sponsor',
      matched: { mentor: { suppressed: false, people: 6 }, mentee: { suppressed: false, people: 6 } },
      activePairs: 6,
      // 6 held of 8 planned: one held by each pair, and the workspace pair's two nobody logged.
      meetings: { suppressed: false, planned: 8, held: 6, heldPercent: 75 },
      // Twelve people rated 4 (mentors) and 5 (mentees): a mean of 4.5.
      pulse: { suppressed: false, ratings: 12, mean: 4.5 },
      objectives: { met: 1, measured: 1, total: 2 },
    });
    expect(main.health?.total).toBe(6);
    expect(main.health!.healthy + main.health!.at_risk + main.health!.inactive).toBe(6);

    const recruiting = body.programs.find((p) => p.id === recruitingId)!;
    expect(recruiting).toMatchObject({
      matched: { mentor: { suppressed: false, people: 0 }, mentee: { suppressed: false, people: 0 } },
      meetings: { suppressed: true, reason: 'no_answers' },
      activePairs: 0,
      health: null,
    });
  });

  it('shows each program’s figures as its Impact tab does', async () => {
    const body = (await hr.inject({ method: 'GET', url: URL })).json() as Overview;
    for (const row of body.programs) {
      const impact = (await hr.inject({ method: 'GET', url: `/api/programs/${row.id}/impact` })).json();
      const matched = impact.funnel.now.find((s: { stage: string }) => s.stage === 'matched');
      expect(row.matched).toEqual(matched.bySide);
      expect(row.meetings.suppressed).toBe(impact.engagement.meetings.suppressed);
      if (!row.meetings.suppressed)
        expect(row.meetings.heldPercent).toBe(impact.engagement.meetings.heldPercent);
      expect(row.pulse.suppressed).toBe(impact.engagement.pulse.overall.suppressed);
    }
  });

  it('hides a small program’s figures, and the totals that would give them away', async () => {
    const body = (await hr.inject({ method: 'GET', url: URL })).json() as Overview;
    const pilot = body.programs.find((p) => p.id === pilotId)!;
    const hidden = {
      suppressed: true,
      reason: 'small_group',
      message: expect.stringMatching(/^Hidden: fewer than 5/),
    };
    expect(pilot.matched).toEqual({ mentor: hidden, mentee: hidden });
    expect(pilot.meetings).toEqual(hidden);
    expect(pilot.pulse).toEqual(hidden);
    for (const n of [2, 4]) expect(JSON.stringify(pilot.matched)).not.toContain(`"people":${n}`);
    // Pair counts are HR's to act on (as on the program's Matching tab): not hidden.
    expect(pilot.activePairs).toBe(2);
    expect(pilot.health?.total).toBe(2);
    // 8 mentors in all minus the main program's 6 would give the pilot's 2: the totals are hidden.
    const complementary = { suppressed: true, reason: 'complementary', message: expect.any(String) };
    expect(body.totals.matched).toEqual({ mentor: complementary, mentee: complementary });
    expect(body.totals.meetings).toEqual(complementary);
    expect(body.totals.pulse).toEqual(complementary);
    // The pilot and the next cohort have the three default objectives, none measurable yet or hidden.
    expect(body.totals).toMatchObject({
      programs: 3,
      activePairs: 8,
      objectives: { met: 1, measured: 1, total: 8 },
    });
    expect(body.totals.health?.total).toBe(8);
    for (const n of [8, 7]) expect(JSON.stringify(body.totals.matched)).not.toContain(`"people":${n}`);
  });

  it('is for HR only: an org admin reads it, sponsors and participants are refused', async () => {
    const admin = await (await w.as('admin')).inject({ method: 'GET', url: URL });
    expect(admin.statusCode).toBe(200);
    expect((admin.json() as Overview).programs).toHaveLength(3);
    for (const who of ['sponsor', 'mentor', 'outsider'] as const) {
      const response = await (await w.as(who)).inject({ method: 'GET', url: URL });
      expect(response.statusCode, `${who}: ${response.body}`).toBe(403);
    }
    expect((await w.t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
  });

  it('lists only the caller’s own organisation', async () => {
    const response = await (await w.as('otherTenant')).inject({ method: 'GET', url: URL });
    expect(response.statusCode).toBe(200);
    const body = response.json() as Overview;
    expect(body.programs.map((p) => p.id)).toEqual([foreignId]);
    expect(body.drafts).toEqual([]);
    for (const id of [w.programId, pilotId, recruitingId, draftId]) expect(response.body).not.toContain(id);
  });
});
