import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import type { Db } from '#store/database';
import { insertPairs } from '#store/pairs-store';
import { enrollments, meetingLessons, meetingSeries, meetings, pairs } from '#store/schema';
import { addPair } from '#tests/fixtures/check-in-builders';
import { buildProgram } from '#tests/fixtures/program-builder';
import { pdfText } from '#tests/fixtures/read-pdf';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import {
  insertSkills,
  WORKSPACE_PASSWORD,
  type WorkspaceApp,
  workspaceApp,
} from '#tests/fixtures/workspace-builders';

const SLUG = 'certs';
const NO_CERTIFICATE = 'There is no certificate for you in this program.';

/** Meetings of a pair: one per status given, with the skills each side taught in the held ones. */
async function addMeetings(
  db: Db,
  orgId: string,
  pairId: string,
  statuses: readonly ('held' | 'cancelled' | 'missed')[],
  taught: { mentor: string; mentee: string },
) {
  const [series] = await db
    .insert(meetingSeries)
    .values({ orgId, pairId, schedule: {}, startsOn: '2026-03-02', endsOn: '2026-09-02' })
    .returning({ id: meetingSeries.id });
  for (const [i, status] of statuses.entries()) {
    const startsAt = new Date(Date.UTC(2026, 3, 1 + 14 * i, 10));
    const [meeting] = await db
      .insert(meetings)
      .values({
        orgId,
        pairId,
        seriesId: series!.id,
        originalStart: startsAt,
        startsAt,
        durationMinutes: 60,
        status,
        sharedNotes: 'SHARED-NOTE-MARKER',
      })
      .returning({ id: meetings.id });
    if (status === 'held')
      await db.insert(meetingLessons).values([
        { orgId, meetingId: meeting!.id, taughtBy: 'mentor', skillId: taught.mentor },
        { orgId, meetingId: meeting!.id, taughtBy: 'mentee', skillId: taught.mentee },
      ]);
  }
}

/** Signs in as a person built without an account (e.g. by `addPair`). */
async function signInAs(w: WorkspaceApp, person: { personId: string; email: string; name: string }) {
  const account = await insertAccount(w.db, {
    email: person.email,
    name: person.name,
    passwordHash: await hashPassword(WORKSPACE_PASSWORD),
  });
  await insertMembership(w.db, {
    orgId: w.orgId,
    accountId: account.id,
    personId: person.personId,
    roles: ['participant'],
  });
  return signIn(w.t.app, person.email, WORKSPACE_PASSWORD);
}

describe('a participant’s certificate of participation', () => {
  let w: WorkspaceApp;
  let closedId: string;
  let early: Session;
  const url = (id = closedId) => `/api/my/programs/${id}/certificate.pdf`;

  beforeAll(async () => {
    w = await workspaceApp({ slug: SLUG });
    const [ai, strategy] = await insertSkills(w.db, w.orgId, ['AI tools', 'Strategy']);
    const taught = { mentor: ai!, mentee: strategy! };
    // A closed program from 2026-03-02 to 2026-09-02 in which the workspace's pair also met.
    closedId = await buildProgram(w.db, w.orgId, {
      name: 'Reverse Mentoring Spring 2026',
      phase: 'closed',
      startDate: '2026-03-02',
    });
    const [pair] = await insertPairs(w.db, [
      {
        orgId: w.orgId,
        programId: closedId,
        mentorPersonId: w.mentor.personId,
        menteePersonId: w.mentee.personId,
        score: 80,
        explanation: 'Both like data.',
        contributions: [],
        startedAt: new Date('2026-03-10T00:00:00Z'),
      },
    ]);
    await addMeetings(w.db, w.orgId, pair!.id, ['held', 'held', 'cancelled', 'held'], taught);
    await w.db.insert(enrollments).values(
      (['mentor', 'mentee'] as const).map((side) => ({
        orgId: w.orgId,
        programId: closedId,
        personId: side === 'mentor' ? w.mentor.personId : w.mentee.personId,
        side,
        status: 'approved' as const,
      })),
    );
    // A pair HR ended three months before the program's end.
    const ended = await addPair(w.db, w.orgId, closedId, 'early', { status: 'ended' });
    await w.db
      .update(pairs)
      .set({ endedAt: new Date('2026-06-01T00:00:00Z') })
      .where(eq(pairs.id, ended.pairId));
    await addMeetings(w.db, w.orgId, ended.pairId, ['held'], taught);
    // Also enrolled: the early leaver, and the workspace's mentor in the (still active) workspace program.
    await w.db.insert(enrollments).values([
      {
        orgId: w.orgId,
        programId: closedId,
        personId: ended.mentor.personId,
        side: 'mentor',
        status: 'approved',
      },
      {
        orgId: w.orgId,
        programId: w.programId,
        personId: w.mentor.personId,
        side: 'mentor',
        status: 'approved',
      },
    ]);
    early = await signInAs(w, ended.mentor);
  });
  afterAll(() => w.t.close());

  it('gives a participant who completed a closed program their certificate as a PDF', async () => {
    const mentor = await w.as('mentor');
    const response = await mentor.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="certificate-reverse-mentoring-spring-2026-mia-mentor-${SLUG}.pdf"`,
    );
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Certificate of participation');
    expect(text).toContain(w.mentor.name);
    expect(text).toContain('Reverse Mentoring Spring 2026');
    expect(text).toContain('took part as Reverse mentor in');
    expect(text).toContain('from 2 March 2026 to 2 September 2026 at Org certs');
    expect(text).toContain('3 meetings held together');
    expect(text).toContain('Skills taught: AI tools');
    expect(text).not.toContain('Strategy');
    expect(text).not.toContain(w.mentee.name);
    expect(text).not.toContain('MARKER');
  });

  it('gives their partner their own certificate, with what they taught', async () => {
    const mentee = await w.as('mentee');
    const response = await mentee.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).toContain(w.mentee.name);
    expect(text).toContain('took part as Reverse mentee in');
    expect(text).toContain('Skills taught: Strategy');
    expect(text).not.toContain('AI tools');
    expect(text).not.toContain(w.mentor.name);
  });

  it('has no certificate for someone whose pair ended early, outside the program or in an active one', async () => {
    const cases: [Session, string][] = [
      [early, url()],
      [await w.as('outsider'), url()],
      [await w.as('mentor'), url(w.programId)],
      [await w.as('mentor'), url('no-such-program')],
    ];
    for (const [session, path] of cases) {
      const response = await session.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
      expect(response.json()).toEqual({ error: { code: 'not_found', message: NO_CERTIFICATE } });
    }
  });

  it('has no certificate for someone of another organisation, and asks a stranger to sign in', async () => {
    const other = await w.as('otherTenant');
    expect((await other.inject({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await w.t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
  });

  it('tells the participant’s program list which programs have a certificate', async () => {
    const list = async (session: Session) =>
      (
        (await session.inject({ method: 'GET', url: '/api/my/programs' })).json() as {
          items: { program: { id: string }; certificate: boolean }[];
        }
      ).items.map((i) => [i.program.id, i.certificate]);
    expect(await list(await w.as('mentor'))).toContainEqual([closedId, true]);
    expect(await list(await w.as('mentee'))).toContainEqual([closedId, true]);
    expect(await list(early)).toContainEqual([closedId, false]);
    expect(await list(await w.as('mentor'))).toContainEqual([w.programId, false]);
  });
});
