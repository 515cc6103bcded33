import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPairs } from '#store/pairs-store';
import { programs } from '#store/schema';
import { CAST, type EnrollmentWorld, enrollmentWorld } from '#tests/fixtures/enrollment-world';
import type { Session } from '#tests/fixtures/sign-in';

/**
 * The program setting `avoidRepeatPairs` (on by default): a pair from an earlier cohort is not
 * proposed again, the run says how many such pairs it left out, and HR pairing them by hand is
 * warned, not refused. Off, the earlier pair may be proposed again.
 */
type Run = {
  id: string;
  pairs: { mentor: { id: string }; mentee: { id: string }; score: number; warnings: string[] }[];
  quality: { hardRulesChecked: { rule: string; label: string; pairsExcluded: number }[] };
};

let w: EnrollmentWorld;
let hr: Session;
let programId: string;
let first: Run;
let best: { mentorId: string; menteeId: string };

const startRun = async (): Promise<Run> => {
  const response = await hr.inject({
    method: 'POST',
    url: `/api/programs/${programId}/match-runs`,
    payload: {},
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};
const has = (run: Run, pair: { mentorId: string; menteeId: string }) =>
  run.pairs.some((p) => p.mentor.id === pair.mentorId && p.mentee.id === pair.menteeId);
const setAvoid = async (avoidRepeatPairs: boolean) => {
  const [row] = await w.t.database.db.select().from(programs).where(eq(programs.id, programId));
  await w.t.database.db
    .update(programs)
    .set({ settings: { ...row!.settings, avoidRepeatPairs } })
    .where(eq(programs.id, programId));
};

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  const list = (await hr.inject({ method: 'GET', url: '/api/programs' })).json().items as {
    id: string;
    name: string;
  }[];
  programId = list.find((p) => p.name === 'Reverse Mentoring — Operations & Sales')!.id;
  // A program document written before the setting existed reads as "on".
  const [row] = await w.t.database.db.select().from(programs).where(eq(programs.id, programId));
  const { avoidRepeatPairs: _, ...older } = row!.settings;
  await w.t.database.db.update(programs).set({ settings: older }).where(eq(programs.id, programId));
  first = await startRun();
  const top = [...first.pairs].sort((a, b) => b.score - a.score)[0]!;
  best = { mentorId: top.mentor.id, menteeId: top.mentee.id };
  // The same two people were paired in an earlier, closed cohort.
  const earlier = await w.program({
    name: 'Operations & Sales 2025',
    phase: 'closed',
    startDate: '2025-01-06',
  });
  await insertPairs(w.t.database.db, [
    {
      orgId: w.orgId,
      programId: earlier,
      mentorPersonId: best.mentorId,
      menteePersonId: best.menteeId,
      score: 75,
      explanation: 'Earlier cohort.',
      contributions: [],
    },
  ]);
});
afterAll(() => w.t.close());

describe('repeat pairs', () => {
  it('are not proposed again, and the run says how many it avoided', async () => {
    expect(has(first, best)).toBe(true);
    expect(first.quality.hardRulesChecked.map((r) => r.rule)).not.toContain('repeat-pair');
    const run = await startRun();
    expect(has(run, best)).toBe(false);
    expect(run.quality.hardRulesChecked).toContainEqual({
      rule: 'repeat-pair',
      label: 'paired in an earlier cohort',
      pairsExcluded: 1,
    });
  });

  it('are only warned about when HR pairs them by hand', async () => {
    const run = await startRun();
    const response = await hr.inject({
      method: 'POST',
      url: `/api/match-runs/${run.id}/changes`,
      payload: { action: 'pair', ...best },
    });
    expect(response.statusCode, response.body).toBe(200);
    const made = (response.json() as Run).pairs.find(
      (p) => p.mentor.id === best.mentorId && p.mentee.id === best.menteeId,
    );
    expect(made?.warnings).toContain('overrides a rule: paired in an earlier cohort');
  });

  it('may be proposed again when the program allows it', async () => {
    await setAvoid(false);
    const run = await startRun();
    expect(has(run, best)).toBe(true);
    expect(run.quality.hardRulesChecked.map((r) => r.rule)).not.toContain('repeat-pair');
    await setAvoid(true);
    expect(has(await startRun(), best)).toBe(false);
  });
});
