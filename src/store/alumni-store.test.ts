import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { enrolledPersonIds, pairsOfPrograms, peopleByIds } from '#store/alumni-store';
import { listCohortLinks } from '#store/programs-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { enrollments, programs } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

describeEachDriver('what finding alumni reads', (database) => {
  async function world(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const [mentor, mentee] = await insertPeople(db, org.id, [
      { email: `mentor@${slug}.example`, name: `Mentor ${slug}`, level: 1 },
      { email: `mentee@${slug}.example`, name: `Mentee ${slug}`, level: 7, employmentStatus: 'left' },
    ]);
    const earlier = await buildProgram(db, org.id, { name: `${slug} 1`, phase: 'closed' });
    const next = await buildProgram(db, org.id, { name: `${slug} 2`, phase: 'draft' });
    await db.update(programs).set({ clonedFromId: earlier }).where(eq(programs.id, next));
    const endedAt = new Date('2026-05-01T00:00:00Z');
    const [pair] = await insertPairs(db, [
      {
        orgId: org.id,
        programId: earlier,
        mentorPersonId: mentor!.id,
        menteePersonId: mentee!.id,
        score: 80,
        explanation: 'fit',
        contributions: [],
        endedAt,
        status: 'ended',
      },
    ]);
    await db
      .insert(enrollments)
      .values({ orgId: org.id, programId: next, personId: mentor!.id, side: 'mentor', status: 'withdrawn' });
    return { db, orgId: org.id, earlier, next, mentor: mentor!, mentee: mentee!, pairId: pair!.id, endedAt };
  }

  it('reads clone links, pairs, people and enrollments of one organisation only', async () => {
    const a = await world('alumni-a');
    const b = await world('alumni-b');
    const { db, orgId } = a;
    expect(
      (await listCohortLinks(db, orgId))
        .filter((p) => p.id === a.earlier || p.id === a.next)
        .sort((x, y) => x.name.localeCompare(y.name)),
    ).toEqual([
      { id: a.earlier, name: 'alumni-a 1', phase: 'closed', endDate: '2026-09-02', clonedFromId: null },
      { id: a.next, name: 'alumni-a 2', phase: 'draft', endDate: '2026-09-02', clonedFromId: a.earlier },
    ]);
    expect((await listCohortLinks(db, orgId)).some((p) => p.id === b.next)).toBe(false);
    expect(await pairsOfPrograms(db, orgId, [a.earlier, b.earlier])).toEqual([
      {
        pairId: a.pairId,
        programId: a.earlier,
        mentorId: a.mentor.id,
        menteeId: a.mentee.id,
        endedAt: a.endedAt,
      },
    ]);
    expect(await pairsOfPrograms(db, orgId, [])).toEqual([]);
    const people = await peopleByIds(db, orgId, [a.mentor.id, a.mentee.id, b.mentor.id]);
    expect(people.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { id: a.mentee.id, name: 'Mentee alumni-a', employmentStatus: 'left' },
      { id: a.mentor.id, name: 'Mentor alumni-a', employmentStatus: 'active' },
    ]);
    expect(await enrolledPersonIds(db, orgId, a.next)).toEqual(new Set([a.mentor.id]));
    expect(await enrolledPersonIds(db, orgId, b.next)).toEqual(new Set());
  });
});
