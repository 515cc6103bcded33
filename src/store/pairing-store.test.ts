import { expect, it } from 'vitest';
import { insertEnrollment } from '#store/enrollments-store';
import {
  discardOtherDrafts,
  getMatchRun,
  insertMatchRun,
  insertMatchRunChange,
  listMatchRunChanges,
  listMatchRuns,
  matchingEnrollments,
  runPeople,
  updateMatchRun,
} from '#store/match-runs-store';
import { insertOrganisation } from '#store/organisations-store';
import {
  countActivePairs,
  endPairRow,
  getPair,
  getRepairRequest,
  insertPairs,
  insertRepairRequest,
  listProgramPairs,
  listRepairRequests,
  pairsOfPeople,
  pairsOfPerson,
  resolveRepairRequestRow,
} from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

describeEachDriver('pairing stores', (database) => {
  async function world(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const [junior, senior] = await insertPeople(db, org.id, [
      { email: `junior@${slug}.example`, name: 'Ada Junior', level: 2, department: 'Engineering' },
      { email: `senior@${slug}.example`, name: 'Bo Senior', level: 9, department: 'Finance' },
    ]);
    const programId = await buildProgram(db, org.id);
    for (const [person, side] of [
      [junior!, 'mentor'],
      [senior!, 'mentee'],
    ] as const) {
      await insertEnrollment(db, { orgId: org.id, programId, personId: person.id, side, status: 'approved' });
    }
    return { db, orgId: org.id, junior: junior!, senior: senior!, programId };
  }
  const run = (programId: string) => ({
    programId,
    kind: 'initial' as const,
    cohort: { participants: [] },
    result: {},
    proposal: [],
  });

  it('keeps match runs and their changes per organisation', async () => {
    const a = await world('runs-a');
    const b = await world('runs-b');
    const first = await insertMatchRun(a.db, a.orgId, run(a.programId));
    const second = await insertMatchRun(a.db, a.orgId, run(a.programId));
    expect(await getMatchRun(a.db, b.orgId, first.id)).toBeUndefined();
    expect(await listMatchRuns(a.db, b.orgId, a.programId)).toEqual([]);
    expect((await listMatchRuns(a.db, a.orgId, a.programId)).map((r) => r.run.id)).toHaveLength(2);
    await updateMatchRun(a.db, b.orgId, first.id, { status: 'published' });
    expect((await getMatchRun(a.db, a.orgId, first.id))?.status).toBe('draft');
    await discardOtherDrafts(a.db, a.orgId, a.programId, first.id);
    expect((await getMatchRun(a.db, a.orgId, second.id))?.status).toBe('discarded');
    expect((await getMatchRun(a.db, a.orgId, first.id))?.status).toBe('draft');
    await insertMatchRunChange(a.db, {
      orgId: a.orgId,
      runId: first.id,
      action: 'pin',
      detail: { x: 1 },
      reason: 'why',
    });
    expect(await listMatchRunChanges(a.db, a.orgId, first.id)).toEqual([
      expect.objectContaining({ action: 'pin', detail: { x: 1 }, reason: 'why', actorName: null }),
    ]);
    expect(await listMatchRunChanges(a.db, b.orgId, first.id)).toEqual([]);
    expect(
      (await matchingEnrollments(a.db, a.orgId, a.programId, ['approved'])).map((e) => e.person.name),
    ).toEqual(['Ada Junior', 'Bo Senior']);
    expect(await matchingEnrollments(a.db, b.orgId, a.programId, ['approved'])).toEqual([]);
    expect(await runPeople(a.db, b.orgId, a.programId, [a.junior.id])).toEqual([]);
    expect((await runPeople(a.db, a.orgId, a.programId, [a.junior.id]))[0]).toMatchObject({
      enrollmentStatus: 'approved',
    });
  });

  it('keeps pairs and re-pair requests per organisation, with history and confidential parts', async () => {
    const a = await world('pairs-a');
    const b = await world('pairs-b');
    const [pair] = await insertPairs(a.db, [
      {
        orgId: a.orgId,
        programId: a.programId,
        mentorPersonId: a.junior.id,
        menteePersonId: a.senior.id,
        score: 71,
        explanation: 'teaches Blockchain',
        contributions: [],
      },
    ]);
    expect(await countActivePairs(a.db, a.orgId, a.programId)).toBe(1);
    expect(await countActivePairs(a.db, b.orgId, a.programId)).toBe(0);
    expect(await getPair(a.db, b.orgId, pair!.id)).toBeUndefined();
    expect(await pairsOfPerson(a.db, b.orgId, a.junior.id)).toEqual([]);
    expect((await pairsOfPerson(a.db, a.orgId, a.senior.id))[0]?.mentor.name).toBe('Ada Junior');
    const request = await insertRepairRequest(a.db, {
      orgId: a.orgId,
      pairId: pair!.id,
      requestedByPersonId: a.senior.id,
      reason: 'r',
    });
    expect((await listProgramPairs(a.db, a.orgId, a.programId))[0]?.openRepairRequests).toBe(1);
    expect(await listRepairRequests(a.db, b.orgId, a.programId)).toEqual([]);
    await resolveRepairRequestRow(a.db, b.orgId, request.id, new Date());
    expect((await getRepairRequest(a.db, a.orgId, request.id))?.status).toBe('open');
    await resolveRepairRequestRow(a.db, a.orgId, request.id, new Date());
    expect((await listRepairRequests(a.db, a.orgId, a.programId))[0]?.status).toBe('resolved');
    await endPairRow(a.db, b.orgId, pair!.id, new Date(), 'x');
    expect((await getPair(a.db, a.orgId, pair!.id))?.status).toBe('active');
    await endPairRow(a.db, a.orgId, pair!.id, new Date(), 'confidential');
    expect(await countActivePairs(a.db, a.orgId, a.programId)).toBe(0);
    expect(await pairsOfPerson(a.db, a.orgId, a.senior.id)).toEqual([]);
    expect(await pairsOfPeople(a.db, a.orgId, [a.junior.id])).toEqual([
      { programId: a.programId, mentorId: a.junior.id, menteeId: a.senior.id, status: 'ended' },
    ]);
    expect(await pairsOfPeople(a.db, b.orgId, [a.junior.id])).toEqual([]);
  });
});
