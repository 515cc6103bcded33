import { expect, it } from 'vitest';
import {
  countEnrollments,
  enrollmentsByIds,
  findEnrollmentOfPerson,
  insertEnrollment,
  listConsentRecords,
  listEnrollmentRows,
  listEnrollmentsOfPerson,
  listRecruitingPrograms,
  recordConsent,
  updateEnrollment,
} from '#store/enrollments-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

describeEachDriver('enrollments store', (database) => {
  async function world(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const [junior, senior] = await insertPeople(db, org.id, [
      { email: `junior@${slug}.example`, name: 'Ada Junior', level: 2, department: 'Engineering' },
      { email: `senior@${slug}.example`, name: 'Bo Senior', level: 9, department: 'Finance' },
    ]);
    const programId = await buildProgram(db, org.id);
    return { db, orgId: org.id, junior: junior!, senior: senior!, programId };
  }

  it('scopes every read and write by organisation', async () => {
    const a = await world('enr-a');
    const b = await world('enr-b');
    const enrollment = await insertEnrollment(a.db, {
      orgId: a.orgId,
      programId: a.programId,
      personId: a.junior.id,
      side: 'mentor',
      status: 'invited',
    });
    expect(await findEnrollmentOfPerson(a.db, a.orgId, a.programId, a.junior.id)).toMatchObject({
      id: enrollment.id,
    });
    expect(await findEnrollmentOfPerson(a.db, b.orgId, a.programId, a.junior.id)).toBeUndefined();
    expect(await enrollmentsByIds(a.db, b.orgId, a.programId, [enrollment.id])).toEqual([]);
    expect(await listEnrollmentRows(a.db, b.orgId, a.programId, {})).toEqual([]);
    expect(await listEnrollmentsOfPerson(a.db, b.orgId, a.junior.id)).toEqual([]);
    await updateEnrollment(a.db, b.orgId, enrollment.id, { status: 'approved' });
    expect((await findEnrollmentOfPerson(a.db, a.orgId, a.programId, a.junior.id))?.status).toBe('invited');
    await recordConsent(a.db, { orgId: a.orgId, enrollmentId: enrollment.id, granted: true });
    expect(await listConsentRecords(a.db, b.orgId, enrollment.id)).toEqual([]);
    expect((await listConsentRecords(a.db, a.orgId, enrollment.id)).map((r) => r.granted)).toEqual([true]);
    expect((await listRecruitingPrograms(a.db, b.orgId)).map((p) => p.id)).toEqual([b.programId]);
  });

  it('lists rows for HR with a count of sensitive answers instead of the answers', async () => {
    const w = await world('enr-rows');
    await insertEnrollment(w.db, {
      orgId: w.orgId,
      programId: w.programId,
      personId: w.junior.id,
      side: 'mentor',
      status: 'applied',
      answers: { goals: 'Be heard' },
      sensitiveAnswers: { gender: 'Woman', generation: 'Gen Z' },
      matchingConsent: true,
    });
    const [row] = await listEnrollmentRows(w.db, w.orgId, w.programId, {});
    expect(row).toMatchObject({
      personName: 'Ada Junior',
      answers: { goals: 'Be heard' },
      sensitiveAnswered: 2,
    });
    expect(JSON.stringify(row)).not.toContain('Woman');
    expect(await listEnrollmentRows(w.db, w.orgId, w.programId, { q: 'finance' })).toEqual([]);
    expect(await listEnrollmentRows(w.db, w.orgId, w.programId, { q: '%' })).toEqual([]);
    expect(await listEnrollmentRows(w.db, w.orgId, w.programId, { side: 'mentee' })).toEqual([]);
  });

  it('refuses a second enrollment of one person in one program', async () => {
    const w = await world('enr-unique');
    const values = {
      orgId: w.orgId,
      programId: w.programId,
      personId: w.senior.id,
      side: 'mentee' as const,
      status: 'invited' as const,
    };
    await insertEnrollment(w.db, values);
    await expect(insertEnrollment(w.db, values)).rejects.toThrow();
  });

  it('counts by side, status, department and level', async () => {
    const w = await world('enr-count');
    for (const [person, side] of [
      [w.junior, 'mentor'],
      [w.senior, 'mentee'],
    ] as const) {
      await insertEnrollment(w.db, {
        orgId: w.orgId,
        programId: w.programId,
        personId: person.id,
        side,
        status: 'approved',
      });
    }
    const counts = await countEnrollments(w.db, w.orgId, w.programId);
    expect(counts.sort((x, y) => x.side.localeCompare(y.side))).toEqual([
      { side: 'mentee', status: 'approved', department: 'Finance', level: 9, count: 1 },
      { side: 'mentor', status: 'approved', department: 'Engineering', level: 2, count: 1 },
    ]);
  });
});
