import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listDiversityParticipants } from '#store/diversity-store';
import { insertPeople } from '#store/people-store';
import { enrollments } from '#store/schema';
import { addPair } from '#tests/fixtures/check-in-builders';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

describeEachDriver('diversity store', (database) => {
  it('reads participants with their consent, and answers only when they consented', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'diversity-store' });
    const other = await buildWorkspace(db, { slug: 'diversity-store-other' });
    const paired = await addPair(db, w.orgId, w.programId, 'paired');
    const [approved, applicant] = await insertPeople(db, w.orgId, [
      { email: 'approved@diversity-store.example', name: 'Approved' },
      { email: 'applicant@diversity-store.example', name: 'Applicant' },
    ]);
    const enroll = (
      personId: string,
      side: 'mentor' | 'mentee',
      status: 'approved' | 'applied' | 'withdrawn',
      consent: boolean,
    ) => ({
      orgId: w.orgId,
      programId: w.programId,
      personId,
      side,
      status,
      matchingConsent: consent,
      sensitiveAnswers: { gender: 'Woman' },
    });
    await db.insert(enrollments).values([
      enroll(w.mentor.personId, 'mentor', 'approved', true),
      enroll(w.mentee.personId, 'mentee', 'approved', false),
      // In a published pair though not approved on record (e.g. withdrew later): still a participant.
      enroll(paired.mentor.personId, 'mentor', 'withdrawn', false),
      // Enrolled on the side they are not paired on: not a participant by the pair.
      enroll(paired.mentee.personId, 'mentor', 'applied', true),
      enroll(approved!.id, 'mentee', 'approved', true),
      enroll(applicant!.id, 'mentee', 'applied', true),
    ]);
    await db.insert(enrollments).values({
      orgId: other.orgId,
      programId: other.programId,
      personId: other.mentor.personId,
      side: 'mentor',
      status: 'approved',
      matchingConsent: true,
      sensitiveAnswers: { gender: 'Man' },
    });

    const byPerson = async () =>
      Object.fromEntries(
        (await listDiversityParticipants(db, w.orgId, w.programId)).map((p) => [p.personId, p]),
      );
    const read = await byPerson();
    expect(Object.keys(read).sort()).toEqual(
      [w.mentor.personId, w.mentee.personId, paired.mentor.personId, approved!.id].sort(),
    );
    expect(read[w.mentor.personId]).toEqual({
      personId: w.mentor.personId,
      side: 'mentor',
      consented: true,
      answers: { gender: 'Woman' },
    });
    expect(read[w.mentee.personId]).toMatchObject({ consented: false, answers: {} });
    expect(read[paired.mentor.personId]).toMatchObject({ side: 'mentor', consented: false, answers: {} });

    await db
      .update(enrollments)
      .set({ matchingConsent: false })
      .where(eq(enrollments.personId, w.mentor.personId));
    expect((await byPerson())[w.mentor.personId]).toMatchObject({ consented: false, answers: {} });
  });
});
