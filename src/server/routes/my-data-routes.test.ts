import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccountByEmail, insertMembership } from '#store/accounts-store';
import { auditEvents, meetings, pairs } from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { buildWorkspace, type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

const MY_NOTE = 'MY-NOTE-MARKER-5d1b';
const PARTNER_NOTE = 'PARTNER-NOTE-MARKER-93ae';
const SHARED = 'SHARED-NOTES-MARKER-0c7f';
const END_REASON = 'HR-END-REASON-MARKER-41e2';
const OTHER_ORG = 'OTHER-ORG-MARKER-b8d0';

let w: WorkspaceApp;
let mentor: Session;

const download = (s: Session) => s.inject({ method: 'GET', url: '/api/my/data' });

beforeAll(async () => {
  w = await workspaceApp({ meetings: 2 });
  mentor = await w.as('mentor');
  const mentee = await w.as('mentee');
  const [first] = w.meetingIds;
  const noteUrl = `/api/my/pairs/${w.pairId}/meetings/${first}/private-note`;
  expect((await mentor.inject({ method: 'PUT', url: noteUrl, payload: { text: MY_NOTE } })).statusCode).toBe(
    200,
  );
  expect(
    (await mentee.inject({ method: 'PUT', url: noteUrl, payload: { text: PARTNER_NOTE } })).statusCode,
  ).toBe(200);
  await w.db.update(meetings).set({ sharedNotes: SHARED }).where(eq(meetings.id, first!));
  await w.db.update(pairs).set({ endReason: END_REASON }).where(eq(pairs.id, w.pairId));

  // The same account is also a member of another organisation, whose records carry a marker.
  const other = await buildWorkspace(w.db, { slug: 'beta' });
  await w.db.update(meetings).set({ sharedNotes: OTHER_ORG }).where(eq(meetings.orgId, other.orgId));
  await w.db.update(pairs).set({ explanation: OTHER_ORG }).where(eq(pairs.id, other.pairId));
  const account = await findAccountByEmail(w.db, w.mentor.email);
  await insertMembership(w.db, {
    orgId: other.orgId,
    accountId: account!.id,
    personId: other.mentor.personId,
    roles: ['participant', 'org_admin'],
  });
});
afterAll(() => w.t.close());

describe('GET /api/my/data', () => {
  it('is a JSON file to save, named with the day', async () => {
    const response = await download(mentor);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="counterpart-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('holds the account, the person, the pair and its meetings with the caller’s own note decrypted', async () => {
    const data = (await download(mentor)).json();
    expect(data.account).toMatchObject({ email: w.mentor.email });
    expect(data.membership.roles).toEqual(['participant']);
    expect(data.person).toMatchObject({ email: w.mentor.email, name: w.mentor.name });
    expect(data.pairs).toHaveLength(1);
    const [pair] = data.pairs;
    expect(pair).toMatchObject({
      id: w.pairId,
      role: 'mentor',
      partnerName: w.mentee.name,
      explanation: 'Both like data.',
    });
    expect(pair.meetings.map((m: { id: string }) => m.id)).toEqual(w.meetingIds);
    expect(pair.meetings[0]).toMatchObject({ sharedNotes: SHARED, myPrivateNote: MY_NOTE });
    expect(pair.meetings[1].myPrivateNote).toBeNull();
  });

  it('never holds the partner’s private note, HR’s end reason, the password hash or another organisation', async () => {
    const body = (await download(mentor)).body;
    const account = await findAccountByEmail(w.db, w.mentor.email);
    expect(body).not.toContain(PARTNER_NOTE);
    expect(body).not.toContain(END_REASON);
    expect(body).not.toContain(OTHER_ORG);
    expect(body).not.toContain(account!.passwordHash!);
    expect(body).not.toMatch(/passwordHash|csrf/i);
  });

  it('gives the partner their own note and not the caller’s', async () => {
    const body = (await download(await w.as('mentee'))).body;
    expect(body).toContain(PARTNER_NOTE);
    expect(body).not.toContain(MY_NOTE);
  });

  it('records in the audit log that the person exported their data', async () => {
    const account = await findAccountByEmail(w.db, w.mentor.email);
    const before = await w.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorAccountId, account!.id), eq(auditEvents.action, 'personal_data.exported')),
      );
    expect((await download(mentor)).statusCode).toBe(200);
    const after = await w.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorAccountId, account!.id), eq(auditEvents.action, 'personal_data.exported')),
      )
      .orderBy(asc(auditEvents.createdAt));
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ orgId: w.orgId, target: w.mentor.personId });
    expect(JSON.stringify(after)).not.toContain(MY_NOTE);
  });

  it('answers 401 when signed out', async () => {
    const response = await w.t.app.inject({ method: 'GET', url: '/api/my/data' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});
