import { expect, it } from 'vitest';
import {
  acceptAgreementVersion,
  ensureAgreement,
  getAgreement,
  saveAgreementVersion,
  setAgreedSchedule,
} from '#store/agreements-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

const content = {
  groundRules: ['Be on time.'],
  schedule: { weekday: 2, time: '10:00' },
  mentorObjectives: ['Learn strategy'],
  menteeObjectives: [],
};

describeEachDriver('agreements store', (database) => {
  async function pairIn(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const [a, b] = await insertPeople(db, org.id, [
      { email: `a@${slug}.example`, name: 'A', level: 1 },
      { email: `b@${slug}.example`, name: 'B', level: 9 },
    ]);
    const programId = await buildProgram(db, org.id);
    const [pair] = await insertPairs(db, [
      {
        orgId: org.id,
        programId,
        mentorPersonId: a!.id,
        menteePersonId: b!.id,
        score: 1,
        explanation: '',
        contributions: [],
      },
    ]);
    return { db, orgId: org.id, pairId: pair!.id, personId: a!.id };
  }

  it('creates the agreement once, however many first reads there are', async () => {
    const p = await pairIn('agr-once');
    const [x, y] = await Promise.all([
      ensureAgreement(p.db, p.orgId, p.pairId, async () => content),
      ensureAgreement(p.db, p.orgId, p.pairId, async () => ({ ...content, groundRules: ['Other'] })),
    ]);
    expect(x.version).toBe(1);
    expect(y.groundRules).toEqual(x.groundRules);
    const other = await pairIn('agr-once-b');
    expect(await getAgreement(p.db, other.orgId, p.pairId)).toBeUndefined();
  });

  it('saves only the current version, clearing acceptances, and agrees when the second side accepts', async () => {
    const p = await pairIn('agr-flow');
    await ensureAgreement(p.db, p.orgId, p.pairId, async () => content);
    const t1 = new Date('2026-11-02T10:00:00Z');
    const mentorAccepted = await acceptAgreementVersion(p.db, p.orgId, p.pairId, 1, 'mentor', t1);
    expect(mentorAccepted).toMatchObject({ mentorAcceptedAt: t1, menteeAcceptedAt: null, agreedAt: null });
    expect(
      await saveAgreementVersion(p.db, p.orgId, p.pairId, 2, {
        ...content,
        updatedByPersonId: p.personId,
        at: t1,
      }),
    ).toBeUndefined();
    const saved = await saveAgreementVersion(p.db, p.orgId, p.pairId, 1, {
      ...content,
      menteeObjectives: ['See new tools'],
      updatedByPersonId: p.personId,
      at: t1,
    });
    expect(saved).toMatchObject({ version: 2, mentorAcceptedAt: null, menteeObjectives: ['See new tools'] });
    expect(await acceptAgreementVersion(p.db, p.orgId, p.pairId, 1, 'mentee', t1)).toBeUndefined();

    const t2 = new Date('2026-11-03T10:00:00Z');
    const t3 = new Date('2026-11-04T10:00:00Z');
    expect((await acceptAgreementVersion(p.db, p.orgId, p.pairId, 2, 'mentee', t2))?.agreedAt).toBeNull();
    const agreed = await acceptAgreementVersion(p.db, p.orgId, p.pairId, 2, 'mentor', t3);
    expect(agreed).toMatchObject({ menteeAcceptedAt: t2, mentorAcceptedAt: t3, agreedAt: t3 });
    expect(await acceptAgreementVersion(p.db, p.orgId, p.pairId, 2, 'mentor', t3)).toBeUndefined();
    expect(
      await saveAgreementVersion(p.db, p.orgId, p.pairId, 2, {
        ...content,
        updatedByPersonId: p.personId,
        at: t3,
      }),
    ).toBeUndefined();

    await setAgreedSchedule(p.db, p.orgId, p.pairId, { weekday: 4 }, { personId: p.personId, at: t3 });
    expect(await getAgreement(p.db, p.orgId, p.pairId)).toMatchObject({
      schedule: { weekday: 4 },
      version: 2,
      agreedAt: t3,
    });
  });
});
