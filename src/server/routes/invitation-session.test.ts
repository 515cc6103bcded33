import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { outbox } from '#store/schema';
import { type Session, sessionCookieFrom, sessionFrom, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

/**
 * Accepting an invitation signs the invited person in with a new session and, like a sign-in, ends
 * the session the browser already carried: another person's live session, or a planted cookie, is
 * never kept or reused. A refused acceptance (a weak password) ends nothing.
 */

const ADMIN_PASSWORD = 'admin passphrase 2026';
const CHOSEN = 'my own long passphrase';

let t: TestApp;
let orgId: string;
let admin: Session;

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

async function invite(email: string): Promise<string> {
  const created = await admin.inject({
    method: 'POST',
    url: '/api/admin/invitations',
    payload: { email, name: 'Invited Person', roles: ['participant'] },
  });
  expect(created.statusCode, created.body).toBe(201);
  const [message] = await t.database.db
    .select({ text: outbox.text })
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.toAddress, email)))
    .orderBy(desc(outbox.createdAt));
  return /\/invitations\/([A-Za-z0-9_-]+)/.exec(message!.text)![1]!;
}

const accept = (token: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers,
    payload: { name: 'Invited Person', password },
  });

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  const org = await insertOrganisation(db, { slug: 'invite-session', name: 'Invite Session Org' });
  orgId = org.id;
  const [person] = await insertPeople(db, org.id, [{ email: 'admin@invite.example', name: 'Ada Admin' }]);
  const account = await insertAccount(db, {
    email: 'admin@invite.example',
    name: 'Ada Admin',
    passwordHash: await hashPassword(ADMIN_PASSWORD),
  });
  await insertMembership(db, { orgId, accountId: account.id, personId: person!.id, roles: ['org_admin'] });
  admin = await signIn(t.app, 'admin@invite.example', ADMIN_PASSWORD);
});
afterAll(() => t.close());

describe('accepting an invitation in a browser that already has a session', () => {
  it('ends another person’s live session and signs the invited person in with a new one', async () => {
    const token = await invite('first@invite.example');
    // A shared computer: the admin is still signed in when the invited person opens their link.
    const other = await signIn(t.app, 'admin@invite.example', ADMIN_PASSWORD);
    const headers = { cookie: other.cookie, 'x-csrf-token': other.csrfToken };

    const refused = await accept(token, 'short', headers);
    expect(refused.statusCode).toBe(400);
    expect((await me(other.cookie)).statusCode).toBe(200);

    const accepted = await accept(token, CHOSEN, headers);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const issued = sessionFrom(t.app, accepted);
    expect(issued.cookie).not.toBe(other.cookie);
    expect(issued.csrfToken).not.toBe(other.csrfToken);
    expect((await me(other.cookie)).statusCode).toBe(401);
    const now = await me(issued.cookie);
    expect(now.statusCode).toBe(200);
    expect(now.json().account.email).toBe('first@invite.example');
    // Only the session the browser carried ended: the admin's own session elsewhere lives on.
    expect((await me(admin.cookie)).statusCode).toBe(200);
  });

  it('never keeps a cookie planted before the invitation was accepted', async () => {
    const token = await invite('second@invite.example');
    const planted = `cp_session=${'B'.repeat(43)}`;
    const accepted = await accept(token, CHOSEN, { cookie: planted });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const issued = sessionCookieFrom(accepted.headers['set-cookie']);
    expect(issued).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(issued)).statusCode).toBe(200);
  });
});
