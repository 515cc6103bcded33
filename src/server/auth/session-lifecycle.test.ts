import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { findAccountByEmail, insertMembership } from '#store/accounts-store';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { insertOrganisation } from '#store/organisations-store';
import { type Session, sessionCookieFrom, sessionFrom, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

// Short limits so the clock can be moved past them: idle 2 hours, absolute 8 hours.
const HOUR = 3600_000;
const MINUTE = 60_000;

let t: TestApp;
let zetaOrgId: string;
const emailOf = (role: string) =>
  demoPeople.find((p) => p.key === demoAccounts.find((a) => a.role === role)!.personKey)!.email;
const me = (session: Session) => session.inject({ method: 'GET', url: '/api/me' });

beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_IDLE_HOURS: '2', SESSION_ABSOLUTE_HOURS: '8' } });
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  // The admin also belongs to a second organisation, as a participant there.
  const { db } = t.database;
  const zeta = await insertOrganisation(db, { slug: 'zeta', name: 'Zeta Works' });
  zetaOrgId = zeta.id;
  const account = await findAccountByEmail(db, emailOf('org_admin'));
  await insertMembership(db, {
    orgId: zeta.id,
    accountId: account!.id,
    personId: null,
    roles: ['participant'],
  });
});
afterAll(() => t.close());

describe('a new session at sign-in', () => {
  it('never keeps a session cookie planted before sign-in', async () => {
    const planted = `cp_session=${'A'.repeat(43)}`;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: planted },
      payload: { email: emailOf('org_admin'), password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const issued = sessionCookieFrom(response.headers['set-cookie']);
    expect(issued).not.toBe(planted);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: planted } })).statusCode,
    ).toBe(401);
    expect((await me(sessionFrom(t.app, response))).statusCode).toBe(200);
  });

  it('ends the session the browser carried when it signs in again', async () => {
    const before = await signIn(t.app, emailOf('program_manager'), DEMO_PASSWORD);
    const again = await before.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: emailOf('program_manager'), password: DEMO_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    const after = sessionFrom(t.app, again);
    expect(after.cookie).not.toBe(before.cookie);
    expect(after.csrfToken).not.toBe(before.csrfToken);
    expect((await me(before)).statusCode).toBe(401);
    expect((await me(after)).statusCode).toBe(200);
  });
});

describe('renewal when roles change', () => {
  const membersOf = async (admin: Session) =>
    (await admin.inject({ method: 'GET', url: '/api/admin/members' })).json().items as {
      id: string;
      email: string;
      roles: string[];
    }[];

  it("ends the member's sessions, so they sign in again with the new roles", async () => {
    const admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    const ergLead = await signIn(t.app, emailOf('erg_lead'), DEMO_PASSWORD);
    const ergLeadElsewhere = await signIn(t.app, emailOf('erg_lead'), DEMO_PASSWORD);
    const member = (await membersOf(admin)).find((m) => m.email === emailOf('erg_lead'))!;
    expect(member.roles).toEqual(['erg_lead']);

    const same = await admin.inject({
      method: 'PUT',
      url: `/api/admin/members/${member.id}/roles`,
      payload: { roles: ['erg_lead'] },
    });
    expect(same.statusCode).toBe(200);
    expect((await me(ergLead)).statusCode).toBe(200); // nothing changed, nobody is signed out

    const changed = await admin.inject({
      method: 'PUT',
      url: `/api/admin/members/${member.id}/roles`,
      payload: { roles: ['erg_lead', 'program_manager'] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers['set-cookie']).toBeUndefined(); // the admin's own session is untouched
    expect((await me(admin)).statusCode).toBe(200);
    for (const old of [ergLead, ergLeadElsewhere]) {
      const refused = await me(old);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe('unauthenticated');
    }
    const fresh = await signIn(t.app, emailOf('erg_lead'), DEMO_PASSWORD);
    expect((await me(fresh)).json().roles).toEqual(['erg_lead', 'program_manager']);
  });

  it('renews the session of an admin who changes their own roles: new id, old id dead', async () => {
    const admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    const otherDevice = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    const self = (await membersOf(admin)).find((m) => m.email === emailOf('org_admin'))!;
    const response = await admin.inject({
      method: 'PUT',
      url: `/api/admin/members/${self.id}/roles`,
      payload: { roles: [...self.roles, 'participant'] },
    });
    expect(response.statusCode).toBe(200);
    const renewedCookie = sessionCookieFrom(response.headers['set-cookie']);
    expect(renewedCookie).not.toBe(admin.cookie);
    expect((await me(admin)).statusCode).toBe(401);
    expect((await me(otherDevice)).statusCode).toBe(401);

    const renewed = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: renewedCookie } });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().roles).toContain('participant');
    expect(renewed.json().csrfToken).not.toBe(admin.csrfToken);
    // The old CSRF token does not work with the new session either.
    const staleToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: renewedCookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(staleToken.statusCode).toBe(403);
  });
});

describe('renewal on an organisation switch', () => {
  it('gives a new session and CSRF token in the other organisation, and ends the old one', async () => {
    const before = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    expect((await me(before)).json().org.slug).toBe('northwind');
    const response = await before.inject({
      method: 'POST',
      url: '/api/auth/switch-org',
      payload: { orgId: zetaOrgId },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().org.slug).toBe('zeta');
    const after = sessionFrom(t.app, response);
    expect(after.cookie).not.toBe(before.cookie);
    expect(after.csrfToken).not.toBe(before.csrfToken);
    expect((await me(before)).statusCode).toBe(401);
    const now = (await me(after)).json();
    expect(now.org.slug).toBe('zeta');
    expect(now.roles).toEqual(['participant']);
    expect((await after.inject({ method: 'GET', url: '/api/admin/members' })).statusCode).toBe(403);
  });
});

describe('idle and absolute timeouts', () => {
  it('keeps the cookie in the browser for the absolute lifetime; the server ends idle sessions', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: emailOf('sponsor'), password: DEMO_PASSWORD },
    });
    expect(String(response.headers['set-cookie'])).toContain(`Max-Age=${8 * 3600}`);
  });

  it('refuses a session left idle longer than the idle limit, and keeps an active one', async () => {
    const session = await signIn(t.app, emailOf('sponsor'), DEMO_PASSWORD);
    t.advance(2 * HOUR - MINUTE);
    expect((await me(session)).statusCode).toBe(200); // just inside the limit; activity extends it
    t.advance(2 * HOUR - MINUTE);
    expect((await me(session)).statusCode).toBe(200); // 3h58 after sign-in, 1h59 after the last request
    t.advance(2 * HOUR + MINUTE);
    const refused = await me(session);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('unauthenticated');
  });

  it('refuses a session older than the absolute limit even while it is in use', async () => {
    const session = await signIn(t.app, emailOf('sponsor'), DEMO_PASSWORD);
    for (let i = 0; i < 5; i++) {
      t.advance(1.5 * HOUR);
      expect((await me(session)).statusCode, `after ${(i + 1) * 1.5} hours`).toBe(200);
    }
    t.advance(HOUR); // 8h30 after sign-in, one hour after the last request
    expect((await me(session)).statusCode).toBe(401);
  });

  it('does not extend the absolute lifetime when the session is renewed', async () => {
    const session = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    for (let i = 0; i < 4; i++) {
      t.advance(1.5 * HOUR);
      expect((await me(session)).statusCode).toBe(200);
    }
    const switched = await session.inject({
      method: 'POST',
      url: '/api/auth/switch-org',
      payload: { orgId: zetaOrgId },
    });
    expect(switched.statusCode).toBe(200); // 6h after sign-in
    const renewed = sessionFrom(t.app, switched);
    t.advance(1.5 * HOUR);
    expect((await me(renewed)).statusCode).toBe(200);
    t.advance(HOUR); // 8h30 after the original sign-in
    expect((await me(renewed)).statusCode).toBe(401);
  });
});
