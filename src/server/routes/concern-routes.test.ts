import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#core/access/roles';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { insertOrganisation } from '#store/organisations-store';
import { endPairRow, insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { auditEvents, outbox } from '#store/schema';
import { buildProgram } from '#tests/fixtures/program-builder';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

const PASSWORD = 'concern test passphrase 2026';
const SUBJECT = 'SUBJECT-MARKER-7d1e';
const BODY = 'BODY-MARKER-c42a: my mentor keeps cancelling at the last minute.';
const REPLY = 'REPLY-MARKER-19fb';

type Concern = {
  id: string;
  subject: string;
  status: 'open' | 'resolved';
  resolvedAt: string | null;
  program: { id: string; name: string };
  messages: { fromHr: boolean; author: string; body: string }[];
  raisedBy?: { name: string; role: string };
  partner?: { name: string };
};

let t: TestApp;
let orgId: string;
let programId: string;
let pairId: string;
let endedPairId: string;
const s = {} as Record<
  'mentor' | 'mentee' | 'other' | 'hr' | 'hr2' | 'sponsor' | 'admin' | 'hrInPair' | 'globexHr',
  Session
>;

const post = (as: Session, url: string, payload: object = {}) => as.inject({ method: 'POST', url, payload });
const get = (as: Session, url: string) => as.inject({ method: 'GET', url });
const mailTo = (to: string) =>
  t.database.db
    .select({ subject: outbox.subject, text: outbox.text, html: outbox.html })
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.toAddress, to)))
    .orderBy(outbox.createdAt);

/** An organisation with a pair (Ada mentors Bo), HR, a sponsor, an admin, and a second tenant's HR. */
beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  const passwordHash = await hashPassword(PASSWORD);
  async function member(org: string, slug: string, name: string, roles: Role[], personId: string | null) {
    const email = `${slug}@${org === orgId ? 'acme' : 'globex'}.example`;
    const account = await insertAccount(db, { email, name, passwordHash });
    await insertMembership(db, { orgId: org, accountId: account.id, personId, roles });
    return signIn(t.app, email, PASSWORD);
  }
  orgId = (await insertOrganisation(db, { slug: 'acme', name: 'Acme' })).id;
  const [ada, bo, cy, dee, eve] = await insertPeople(db, orgId, [
    { email: 'ada@acme.example', name: 'Ada Mentor', level: 2 },
    { email: 'bo@acme.example', name: 'Bo Mentee', level: 9 },
    { email: 'cy@acme.example', name: 'Cy Other', level: 3 },
    { email: 'dee@acme.example', name: 'Dee Mentee', level: 8 },
    { email: 'eve@acme.example', name: 'Eve Hr Mentor', level: 3 },
  ]);
  programId = await buildProgram(db, orgId, { name: 'Reverse Mentoring 2026', phase: 'active' });
  const pair = (mentorId: string, menteeId: string) => ({
    orgId,
    programId,
    mentorPersonId: mentorId,
    menteePersonId: menteeId,
    score: 80,
    explanation: 'fit',
    contributions: [],
  });
  const [p1, p2, p3] = await insertPairs(db, [
    pair(ada!.id, bo!.id),
    pair(cy!.id, dee!.id),
    pair(eve!.id, dee!.id),
  ]);
  pairId = p1!.id;
  endedPairId = p2!.id;
  await endPairRow(db, orgId, endedPairId, new Date(), 'ended for the test');
  s.mentor = await member(orgId, 'ada', 'Ada Mentor', ['participant'], ada!.id);
  s.mentee = await member(orgId, 'bo', 'Bo Mentee', ['participant'], bo!.id);
  s.other = await member(orgId, 'cy', 'Cy Other', ['participant'], cy!.id);
  s.hr = await member(orgId, 'hana', 'Hana HR', ['program_manager'], null);
  s.hr2 = await member(orgId, 'ivo', 'Ivo HR', ['program_manager', 'participant'], null);
  s.sponsor = await member(orgId, 'sam', 'Sam Sponsor', ['sponsor', 'erg_lead'], null);
  s.admin = await member(orgId, 'al', 'Al Admin', ['org_admin'], null);
  s.hrInPair = await member(orgId, 'eve', 'Eve Hr Mentor', ['program_manager', 'participant'], eve!.id);
  const dees = await member(orgId, 'dee', 'Dee Mentee', ['participant'], dee!.id);
  const globex = await insertOrganisation(db, { slug: 'globex', name: 'Globex' });
  s.globexHr = await member(globex.id, 'gil', 'Gil Globex', ['program_manager', 'org_admin'], null);
  const raised = await post(dees, `/api/my/pairs/${p3!.id}/concerns`, { subject: 'About Eve', body: 'x' });
  expect(raised.statusCode, raised.body).toBe(201);
});
afterAll(() => t.close());

let concern: Concern;

describe('a participant raises a concern', () => {
  it('creates it with the first message and tells every program manager that there is one, and nothing more', async () => {
    const response = await post(s.mentee, `/api/my/pairs/${pairId}/concerns`, {
      subject: `  ${SUBJECT}  `,
      body: `\n${BODY}\n`,
    });
    expect(response.statusCode, response.body).toBe(201);
    concern = response.json();
    expect(concern).toMatchObject({
      subject: SUBJECT,
      status: 'open',
      resolvedAt: null,
      program: { id: programId, name: 'Reverse Mentoring 2026' },
      messages: [{ fromHr: false, author: 'Bo Mentee', body: BODY }],
    });

    for (const to of ['hana@acme.example', 'ivo@acme.example', 'eve@acme.example']) {
      const mails = await mailTo(to);
      const notice = mails.at(-1)!;
      expect(notice.subject).toBe('A participant raised a concern');
      expect(notice.text).toContain('Reverse Mentoring 2026');
      expect(notice.text).toContain('http://localhost:3000/concerns');
      for (const secret of [SUBJECT, 'BODY-MARKER', 'Bo Mentee', 'Ada Mentor']) {
        expect(notice.text).not.toContain(secret);
        expect(notice.html).not.toContain(secret);
      }
    }
    expect((await mailTo('hana@acme.example')).length).toBe(2);
    expect((await mailTo('eve@acme.example')).length).toBe(1); // not told of the concern about her own pair
    expect(await mailTo('ada@acme.example')).toEqual([]);
    expect(await mailTo('bo@acme.example')).toEqual([]);
    expect(await mailTo('sam@acme.example')).toEqual([]);

    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.target, concern.id)));
    expect(audit.map((a) => a.action)).toEqual(['concern.raised']);
    expect(JSON.stringify(audit)).not.toMatch(/SUBJECT-MARKER|BODY-MARKER/);
  });

  it('refuses an empty or overlong subject or message with field issues', async () => {
    const url = `/api/my/pairs/${pairId}/concerns`;
    const empty = await post(s.mentee, url, { subject: '   ', body: 'something' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues).toEqual([expect.objectContaining({ path: ['subject'] })]);
    const long = await post(s.mentee, url, { subject: 'x'.repeat(201), body: 'y'.repeat(5001) });
    expect(long.statusCode).toBe(400);
    expect(
      long
        .json()
        .error.issues.map((i: { path: string[] }) => i.path[0])
        .sort(),
    ).toEqual(['body', 'subject']);
    expect((await post(s.mentee, url, { subject: 'x'.repeat(200), body: 'y'.repeat(5000) })).statusCode).toBe(
      201,
    );
  });

  it('is only possible in one’s own pair, and not once it has ended', async () => {
    const payload = { subject: 'S', body: 'B' };
    for (const as of [s.other, s.hr, s.admin, s.sponsor, s.globexHr]) {
      const response = await post(as, `/api/my/pairs/${pairId}/concerns`, payload);
      expect(response.statusCode, response.body).toBe(404);
    }
    expect((await post(s.mentee, '/api/my/pairs/no-such-pair/concerns', payload)).statusCode).toBe(404);
    const ended = await post(s.other, `/api/my/pairs/${endedPairId}/concerns`, payload);
    expect(ended.statusCode).toBe(409);
    expect(ended.json().error.message).toMatch(/ended/);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/my/pairs/${pairId}/concerns`, payload })).statusCode,
    ).toBe(401);
  });

  it('is listed for its author only: the partner never sees it', async () => {
    const mine = (await get(s.mentee, '/api/my/concerns')).json().items as Concern[];
    expect(mine.map((c) => c.subject)).toEqual(['x'.repeat(200), SUBJECT]);
    const partner = await get(s.mentor, '/api/my/concerns');
    expect(partner.statusCode).toBe(200);
    expect(partner.json()).toEqual({ items: [] });
    expect((await get(s.hr, '/api/my/concerns')).json()).toEqual({ items: [] });
    expect(
      (await post(s.mentor, `/api/my/concerns/${concern.id}/messages`, { body: 'me too' })).statusCode,
    ).toBe(404);
  });
});

describe("HR's inbox", () => {
  it('lists open concerns newest first with who raised them, on which side, and the partner', async () => {
    const response = await get(s.hr, '/api/concerns');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Concern[];
    expect(items.map((c) => c.subject)).toEqual(['x'.repeat(200), SUBJECT, 'About Eve']);
    expect(items[1]).toMatchObject({
      id: concern.id,
      raisedBy: { name: 'Bo Mentee', role: 'mentee' },
      partner: { name: 'Ada Mentor' },
      messages: [{ fromHr: false, author: 'Bo Mentee', body: BODY }],
    });
    expect(items[2]).toMatchObject({
      raisedBy: { name: 'Dee Mentee', role: 'mentee' },
      partner: { name: 'Eve Hr Mentor' },
    });
  });

  it('leaves out a concern about a pair the program manager is in', async () => {
    const items = (await get(s.hrInPair, '/api/concerns?status=all')).json().items as Concern[];
    expect(items.map((c) => c.subject)).not.toContain('About Eve');
    expect(items.map((c) => c.id)).toContain(concern.id);
    const aboutEve = ((await get(s.hr, '/api/concerns')).json().items as Concern[]).find(
      (c) => c.subject === 'About Eve',
    )!;
    expect((await post(s.hrInPair, `/api/concerns/${aboutEve.id}/replies`, { body: 'hi' })).statusCode).toBe(
      404,
    );
    expect((await post(s.hrInPair, `/api/concerns/${aboutEve.id}/resolve`)).statusCode).toBe(404);
  });

  it('is HR’s alone, and another tenant’s HR finds nothing', async () => {
    for (const as of [s.mentee, s.mentor, s.sponsor, s.admin]) {
      expect((await get(as, '/api/concerns')).statusCode).toBe(403);
      expect((await post(as, `/api/concerns/${concern.id}/replies`, { body: 'x' })).statusCode).toBe(403);
      expect((await post(as, `/api/concerns/${concern.id}/resolve`)).statusCode).toBe(403);
    }
    expect((await get(s.globexHr, '/api/concerns?status=all')).json()).toEqual({ items: [] });
    expect((await post(s.globexHr, `/api/concerns/${concern.id}/replies`, { body: 'x' })).statusCode).toBe(
      404,
    );
    expect((await post(s.globexHr, `/api/concerns/${concern.id}/resolve`)).statusCode).toBe(404);
    expect((await get(s.hr, '/api/concerns?status=closed')).statusCode).toBe(400);
  });

  it('replies: the participant reads the answer and is emailed a link, not the words', async () => {
    const response = await post(s.hr, `/api/concerns/${concern.id}/replies`, { body: ` ${REPLY} ` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: concern.id,
      status: 'open',
      raisedBy: { name: 'Bo Mentee', role: 'mentee' },
      messages: [
        { fromHr: false, body: BODY },
        { fromHr: true, author: 'Hana HR', body: REPLY },
      ],
    });
    expect((await post(s.hr, `/api/concerns/${concern.id}/replies`, { body: '' })).statusCode).toBe(400);

    const [mail] = await mailTo('bo@acme.example');
    expect(mail?.subject).toBe('HR replied to your concern');
    expect(mail?.text).toContain('http://localhost:3000/my/concerns');
    for (const secret of [REPLY, SUBJECT, 'BODY-MARKER']) {
      expect(mail?.text).not.toContain(secret);
      expect(mail?.html).not.toContain(secret);
    }
    expect(await mailTo('ada@acme.example')).toEqual([]);

    const mine = ((await get(s.mentee, '/api/my/concerns')).json().items as Concern[]).find(
      (c) => c.id === concern.id,
    );
    expect(mine?.messages.map((m) => [m.fromHr, m.author, m.body])).toEqual([
      [false, 'Bo Mentee', BODY],
      [true, 'Hana HR', REPLY],
    ]);
    expect((await get(s.mentor, '/api/my/concerns')).body).not.toContain(REPLY);
  });

  it('resolves; the participant writing again opens it anew and HR hears of it', async () => {
    const resolved = await post(s.hr2, `/api/concerns/${concern.id}/resolve`);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    expect((await post(s.hr, `/api/concerns/${concern.id}/resolve`)).statusCode).toBe(409);
    const ids = async (query: string) =>
      ((await get(s.hr, `/api/concerns${query}`)).json().items as Concern[]).map((c) => c.id);
    expect(await ids('')).not.toContain(concern.id);
    expect(await ids('?status=open')).not.toContain(concern.id);
    expect(await ids('?status=resolved')).toEqual([concern.id]);
    expect(await ids('?status=all')).toContain(concern.id);

    const notices = (await mailTo('hana@acme.example')).length;
    const again = await post(s.mentee, `/api/my/concerns/${concern.id}/messages`, {
      body: 'It happened again.',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ status: 'open', resolvedAt: null });
    expect(again.json().messages.at(-1)).toMatchObject({
      fromHr: false,
      author: 'Bo Mentee',
      body: 'It happened again.',
    });
    expect(await ids('')).toContain(concern.id);
    const latest = (await mailTo('hana@acme.example')).slice(notices);
    expect(latest.map((m) => m.subject)).toEqual(['A participant wrote again about a concern']);
    expect(latest[0]?.text).not.toContain('It happened again');
    expect((await post(s.mentee, `/api/my/concerns/${concern.id}/messages`, { body: ' ' })).statusCode).toBe(
      400,
    );
    expect((await post(s.mentee, '/api/my/concerns/nope/messages', { body: 'x' })).statusCode).toBe(404);

    const actions = (
      await t.database.db
        .select({ action: auditEvents.action, detail: auditEvents.detail })
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.target, concern.id)))
        .orderBy(auditEvents.createdAt)
    ).map((a) => a.action);
    expect(actions).toEqual([
      'concern.raised',
      'concern.replied',
      'concern.resolved',
      'concern.message_added',
    ]);
  });
});
