import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { enrollments, matchRuns, pairs } from '#store/schema';
import { completeAnswers } from '#tests/fixtures/enrollment-world';
import { buildProgram, setProgramPhase } from '#tests/fixtures/program-builder';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import { driverUnavailable, testDrivers } from '#tests/fixtures/test-database';

/**
 * Issue 9: withdrawing consent to use sensitive answers in matching takes effect at once. Two
 * mentees, Ana and Bea, are the same in every way but one: Ana gave her gender and consented, so her
 * pair with the mentor scores higher on "different perspectives". After Ana withdraws consent (while
 * matching has started), a new run does not use her answer, the run stored before no longer holds it
 * or scores on it, a pair published from that run is scored again, and her data export lists the
 * grant and the withdrawal with their times. Leaving the program removes the mentor's answers the same way.
 */

const PASSWORD = 'consent passphrase 2026';

type Card = { id: string; sensitiveUse: string };
type Contribution = { criterion: string; points: number };
type RunPair = { mentor: Card; mentee: Card; score: number; contributions: Contribution[] };
type Run = { id: string; pairs: RunPair[] };
type Participant = { id: string; background: Record<string, string>; consentsToBackgroundMatching: boolean };

for (const driver of testDrivers) {
  describe.skipIf(driverUnavailable(driver))(`withdrawing matching consent [${driver}]`, () => {
    let t: TestApp;
    let hr: Session;
    let mentor: Session;
    let ana: Session;
    let ids: { mentor: string; ana: string; bea: string };
    let programId: string;
    let before: Run;
    let consentGrantedBy: Date;

    const answers = completeAnswers({
      skills: {
        canTeach: [{ skill: 'Capital allocation', level: 4 }],
        wantToLearn: [{ skill: 'Blockchain', level: 1 }],
      },
    });
    const application = (session: Session, payload: object) =>
      session.inject({ method: 'PUT', url: `/api/my/programs/${programId}/application`, payload });
    const startRun = async (): Promise<Run> => {
      const url = `/api/programs/${programId}/match-runs`;
      const response = await hr.inject({ method: 'POST', url, payload: {} });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const readRun = async (id: string): Promise<Run> => {
      const response = await hr.inject({ method: 'GET', url: `/api/match-runs/${id}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const pairWith = (run: Run, menteeId: string) => {
      const pair = run.pairs.find((p) => p.mentor.id === ids.mentor && p.mentee.id === menteeId);
      expect(pair, `no pair with ${menteeId}`).toBeDefined();
      return pair!;
    };
    const perspective = (pair: RunPair) => pair.contributions.find((c) => c.criterion === 'perspective');
    const storedParticipant = async (runId: string, personId: string): Promise<Participant> => {
      const [row] = await t.database.db.select().from(matchRuns).where(eq(matchRuns.id, runId));
      const list = (row!.cohort as { participants: Participant[] }).participants;
      return list.find((p) => p.id === personId)!;
    };

    beforeAll(async () => {
      t = await createTestApp({ driver });
      const { db } = t.database;
      const org = await insertOrganisation(db, { slug: 'consent', name: 'Consent Org' });
      const base = { department: 'Finance', location: 'Lisbon', timeZone: 'Europe/Lisbon' };
      const [hrPerson, m, a, b] = await insertPeople(db, org.id, [
        { email: 'hr@consent.example', name: 'Hana HR', level: 5, department: 'People' },
        {
          email: 'mentor@consent.example',
          name: 'Milo Mentor',
          level: 2,
          ...base,
          department: 'Engineering',
        },
        { email: 'ana@consent.example', name: 'Ana Mentee', level: 8, ...base },
        { email: 'bea@consent.example', name: 'Bea Mentee', level: 8, ...base },
      ]);
      ids = { mentor: m!.id, ana: a!.id, bea: b!.id };
      const passwordHash = await hashPassword(PASSWORD);
      const member = async (
        email: string,
        personId: string,
        roles: ('participant' | 'program_manager')[],
      ) => {
        const account = await insertAccount(db, { email, name: email, passwordHash });
        await insertMembership(db, { orgId: org.id, accountId: account.id, personId, roles });
        return signIn(t.app, email, PASSWORD);
      };
      hr = await member('hr@consent.example', hrPerson!.id, ['program_manager']);
      mentor = await member('mentor@consent.example', ids.mentor, ['participant']);
      ana = await member('ana@consent.example', ids.ana, ['participant']);
      programId = await buildProgram(db, org.id, { settings: { mentorCapacity: 2 } });
      await db.insert(enrollments).values([
        {
          orgId: org.id,
          programId,
          personId: ids.mentor,
          side: 'mentor',
          status: 'approved',
          answers,
          sensitiveAnswers: { gender: 'Man' },
          matchingConsent: true,
        },
        { orgId: org.id, programId, personId: ids.ana, side: 'mentee', status: 'invited' },
        { orgId: org.id, programId, personId: ids.bea, side: 'mentee', status: 'approved', answers },
      ]);
      // Ana grants consent through her own application, as a participant does.
      const granted = await application(ana, {
        answers: { ...answers, gender: 'Woman' },
        matchingConsent: true,
        submit: true,
      });
      expect(granted.statusCode, granted.body).toBe(200);
      consentGrantedBy = new Date();
      await db
        .update(enrollments)
        .set({ status: 'approved' })
        .where(and(eq(enrollments.programId, programId), eq(enrollments.personId, ids.ana)));
      await setProgramPhase(db, programId, 'matching');
      before = await startRun();
    });
    afterAll(() => t.close());

    it('before the withdrawal, the background answer is what sets the two pairs apart', () => {
      const withAna = pairWith(before, ids.ana);
      const withBea = pairWith(before, ids.bea);
      expect(withAna.mentee.sensitiveUse).toBe('used with consent');
      expect(withBea.mentee.sensitiveUse).toBe('not used');
      expect(withAna.score).toBeGreaterThan(withBea.score);
      expect(perspective(withAna)!.points).toBeGreaterThan(perspective(withBea)!.points);
    });

    it('withdrawing consent is accepted once matching has started, and a pair published before is scored again', async () => {
      const [row] = await t.database.db.select().from(matchRuns).where(eq(matchRuns.id, before.id));
      const withAna = pairWith(before, ids.ana);
      await t.database.db.insert(pairs).values({
        orgId: row!.orgId,
        programId,
        mentorPersonId: ids.mentor,
        menteePersonId: ids.ana,
        score: Math.round(withAna.score),
        explanation: 'different departments',
        contributions: withAna.contributions,
        matchRunId: before.id,
      });
      const response = await application(ana, {
        answers: { ...answers, gender: 'Woman' },
        matchingConsent: false,
        submit: false,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ matchingConsent: false, answersOpen: false });
      const [pair] = await t.database.db.select().from(pairs).where(eq(pairs.menteePersonId, ids.ana));
      expect(pair!.score).toBe(Math.round(pairWith(before, ids.bea).score));
      expect(pair!.contributions).toEqual(pairWith(before, ids.bea).contributions);
      // Gone again, so that the next run may pair her (an active pair keeps a person out of matching).
      await t.database.db.delete(pairs).where(eq(pairs.id, pair!.id));
    });

    it('a run started after the withdrawal does not use her answer: both pairs score the same', async () => {
      const after = await startRun();
      const withAna = pairWith(after, ids.ana);
      const withBea = pairWith(after, ids.bea);
      expect(withAna.mentee.sensitiveUse).toBe('not used');
      expect(withAna.mentor.sensitiveUse).toBe('used with consent');
      expect(withAna.score).toBe(withBea.score);
      expect(withAna.contributions).toEqual(withBea.contributions);
      expect(await storedParticipant(after.id, ids.ana)).toMatchObject({
        background: {},
        consentsToBackgroundMatching: false,
      });
    });

    it('the run stored before no longer holds or scores on her answer, and reads back that way', async () => {
      const stored = await storedParticipant(before.id, ids.ana);
      expect(stored.background).toEqual({});
      expect(stored.consentsToBackgroundMatching).toBe(false);
      expect(JSON.stringify(stored)).not.toContain('Woman');
      const [row] = await t.database.db.select().from(matchRuns).where(eq(matchRuns.id, before.id));
      expect(JSON.stringify(row!.cohort)).not.toContain('Woman');
      // The mentor's own consented answer is untouched.
      expect((await storedParticipant(before.id, ids.mentor)).background).toEqual({ gender: 'Man' });
      const reread = await readRun(before.id);
      const withAna = pairWith(reread, ids.ana);
      const withBea = pairWith(reread, ids.bea);
      expect(withAna.mentee.sensitiveUse).toBe('not used');
      expect(withAna.score).toBe(withBea.score);
      expect(withAna.contributions).toEqual(withBea.contributions);
      const result = row!.result as { pairs: { menteeId: string; score: number }[] };
      const scores = result.pairs.map((p) => p.score);
      expect(new Set(scores).size).toBe(1);
    });

    it('her export lists the grant and the withdrawal, each with its time', async () => {
      const data = (await ana.inject({ method: 'GET', url: '/api/my/data' })).json();
      const [enrollment] = data.enrollments;
      expect(enrollment.matchingConsent).toBe(false);
      const records = enrollment.consentRecords as { purpose: string; granted: boolean; createdAt: string }[];
      expect(records.map((r) => [r.purpose, r.granted])).toEqual([
        ['matching', true],
        ['matching', false],
      ]);
      const [grant, withdrawal] = records.map((r) => new Date(r.createdAt).getTime());
      expect(grant).toBeLessThanOrEqual(consentGrantedBy.getTime());
      expect(withdrawal).toBeGreaterThanOrEqual(grant!);
      expect(withdrawal).toBeLessThanOrEqual(Date.now());
    });

    it('granting consent again is refused once matching has started', async () => {
      const response = await application(ana, { answers, matchingConsent: true, submit: false });
      expect(response.statusCode).toBe(409);
    });

    it('leaving the program takes the mentor’s answer out of every stored run at once', async () => {
      const url = `/api/my/programs/${programId}/withdraw`;
      const response = await mentor.inject({ method: 'POST', url });
      expect(response.statusCode, response.body).toBe(200);
      const stored = await storedParticipant(before.id, ids.mentor);
      expect(stored).toMatchObject({ background: {}, consentsToBackgroundMatching: false });
      const [row] = await t.database.db.select().from(matchRuns).where(eq(matchRuns.id, before.id));
      expect(JSON.stringify(row)).not.toMatch(/"Man"|"Woman"/);
      expect(pairWith(await readRun(before.id), ids.ana).mentor.sensitiveUse).toBe('not used');
    });
  });
}
