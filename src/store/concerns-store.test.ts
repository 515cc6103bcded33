import { expect, it } from 'vitest';
import { insertAccount, insertMembership } from '#store/accounts-store';
import {
  findConcerns,
  getConcern,
  insertConcern,
  insertConcernMessage,
  listConcernMessages,
  programManagerContacts,
  setConcernStatus,
} from '#store/concerns-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

describeEachDriver('concerns store', (database) => {
  async function world(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const [mentor, mentee] = await insertPeople(db, org.id, [
      { email: `mentor@${slug}.example`, name: 'Ada Mentor', level: 2 },
      { email: `mentee@${slug}.example`, name: 'Bo Mentee', level: 9 },
    ]);
    const programId = await buildProgram(db, org.id, { name: `Program ${slug}` });
    const [pair] = await insertPairs(db, [
      {
        orgId: org.id,
        programId,
        mentorPersonId: mentor!.id,
        menteePersonId: mentee!.id,
        score: 70,
        explanation: 'fit',
        contributions: [],
      },
    ]);
    const hr = await insertAccount(db, { email: `hr@${slug}.example`, name: 'Hana HR', passwordHash: null });
    await insertMembership(db, {
      orgId: org.id,
      accountId: hr.id,
      personId: null,
      roles: ['program_manager'],
    });
    const pmMentor = await insertAccount(db, {
      email: `pm@${slug}.example`,
      name: 'Ada',
      passwordHash: null,
    });
    await insertMembership(db, {
      orgId: org.id,
      accountId: pmMentor.id,
      personId: mentor!.id,
      roles: ['program_manager', 'participant'],
    });
    const plain = await insertAccount(db, { email: `p@${slug}.example`, name: 'P', passwordHash: null });
    await insertMembership(db, {
      orgId: org.id,
      accountId: plain.id,
      personId: null,
      roles: ['participant'],
    });
    return { db, orgId: org.id, programId, pair: pair!, mentor: mentor!, mentee: mentee!, hr };
  }

  it('keeps concerns and their messages per organisation, with the pair and who raised it', async () => {
    const a = await world('concerns-a');
    const b = await world('concerns-b');
    const { db } = a;
    const concern = await insertConcern(db, {
      orgId: a.orgId,
      programId: a.programId,
      pairId: a.pair.id,
      raisedByPersonId: a.mentee.id,
      subject: 'Cancelled again',
    });
    await insertConcernMessage(db, {
      orgId: a.orgId,
      concernId: concern.id,
      fromHr: false,
      authorAccountId: 'gone',
      body: 'first',
    });
    await insertConcernMessage(db, {
      orgId: a.orgId,
      concernId: concern.id,
      fromHr: true,
      authorAccountId: a.hr.id,
      body: 'reply',
    });

    expect(await getConcern(db, b.orgId, concern.id)).toBeUndefined();
    expect(await findConcerns(db, b.orgId)).toEqual([]);
    expect(await listConcernMessages(db, b.orgId, [concern.id])).toEqual([]);
    const [row] = await findConcerns(db, a.orgId);
    expect(row).toMatchObject({
      program: { id: a.programId, name: 'Program concerns-a' },
      raisedBy: { id: a.mentee.id, name: 'Bo Mentee' },
      mentor: { id: a.mentor.id, name: 'Ada Mentor' },
      mentee: { id: a.mentee.id, name: 'Bo Mentee' },
    });
    expect(
      (await listConcernMessages(db, a.orgId, [concern.id])).map((m) => [m.fromHr, m.authorName, m.body]),
    ).toEqual([
      [false, null, 'first'],
      [true, 'Hana HR', 'reply'],
    ]);

    expect(await findConcerns(db, a.orgId, { raisedByPersonId: a.mentor.id })).toEqual([]);
    expect(await findConcerns(db, a.orgId, { notAboutPersonId: a.mentor.id })).toEqual([]);
    expect(await findConcerns(db, a.orgId, { status: 'resolved' })).toEqual([]);
    expect(await findConcerns(db, a.orgId, { ids: [] })).toEqual([]);

    const now = new Date('2026-05-01T09:00:00Z');
    await setConcernStatus(db, b.orgId, concern.id, 'resolved', now);
    expect((await getConcern(db, a.orgId, concern.id))?.status).toBe('open');
    await setConcernStatus(db, a.orgId, concern.id, 'resolved', now);
    expect(await getConcern(db, a.orgId, concern.id)).toMatchObject({ status: 'resolved', resolvedAt: now });
    await setConcernStatus(db, a.orgId, concern.id, 'open', now);
    expect(await getConcern(db, a.orgId, concern.id)).toMatchObject({ status: 'open', resolvedAt: null });
  });

  it("finds the organisation's program managers, leaving out the people of the pair", async () => {
    const a = await world('contacts-a');
    await world('contacts-b');
    expect((await programManagerContacts(a.db, a.orgId, [])).map((c) => c.email)).toEqual([
      'hr@contacts-a.example',
      'pm@contacts-a.example',
    ]);
    expect(
      (await programManagerContacts(a.db, a.orgId, [a.mentor.id, a.mentee.id])).map((c) => c.email),
    ).toEqual(['hr@contacts-a.example']);
  });
});
