import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { listAllAudit, recordAudit } from '#store/audit-store';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { insertOrganisation } from '#store/organisations-store';
import { type Session, sessionFrom, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let admin: Session;
const emailOf = (role: string) =>
  demoPeople.find((p) => p.key === demoAccounts.find((a) => a.role === role)!.personKey)!.email;

beforeAll(async () => {
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
});
afterAll(() => t.close());

async function invitationToken(to: string): Promise<string> {
  const list = (await admin.inject({ method: 'GET', url: '/api/admin/outbox' })).json();
  const message = list.items.find((m: { to: string }) => m.to === to);
  const full = (await admin.inject({ method: 'GET', url: `/api/admin/outbox/${message.id}` })).json();
  expect(full.subject).toBe("You're invited to Northwind Energy on Counterpart");
  return /\/invitations\/([A-Za-z0-9_-]+)/.exec(full.text)![1]!;
}

describe('invitations', () => {
  it('invites a person, who accepts, chooses a password and lands signed in with the roles given', async () => {
    const created = await admin.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: {
        email: 'New.Hire@Northwind.example',
        name: 'New Hire',
        roles: ['program_manager', 'participant'],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().member).toMatchObject({
      email: 'new.hire@northwind.example',
      status: 'invited',
      roles: ['program_manager', 'participant'],
    });

    const token = await invitationToken('new.hire@northwind.example');
    const described = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(described.json()).toMatchObject({
      email: 'new.hire@northwind.example',
      orgName: 'Northwind Energy',
    });

    const weak = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Nia Hire', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);

    for (const [password, code, message] of [
      ['Password1234', 'too_common', /commonly used/],
      ['northwind energy rocks', 'too_personal', /organisation’s name/],
      ['new.hire is my name', 'too_personal', /email address/],
    ] as const) {
      const refused = await t.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'Nia Hire', password },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toEqual({
        error: {
          code: 'validation',
          message: expect.stringMatching(message),
          issues: [{ code, path: ['password'], message: expect.stringMatching(message) }],
        },
      });
    }

    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Nia Hire', password: 'my own long passphrase' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      account: { name: 'Nia Hire' },
      roles: ['program_manager', 'participant'],
    });
    const session = sessionFrom(t.app, accepted);
    expect((await session.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(200);

    const reused = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'X', password: 'another long passphrase' },
    });
    expect(reused.statusCode).toBe(410);
    const members = (await admin.inject({ method: 'GET', url: '/api/admin/members' })).json();
    expect(
      members.items.find((m: { email: string }) => m.email === 'new.hire@northwind.example').status,
    ).toBe('active');
  });

  it('links the invitation to the employee record with the same email', async () => {
    const other = demoPeople.find((p) => p.level === 2 && !demoAccounts.some((a) => a.personKey === p.key))!;
    const created = await admin.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: { email: other.email, name: other.name, roles: ['participant'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().member.personId).toBeTruthy();
  });

  it('refuses to invite an existing member, and an unknown token is not found', async () => {
    const again = await admin.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: { email: emailOf('sponsor'), name: 'CEO', roles: ['sponsor'] },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already a member/);
    expect((await t.app.inject({ method: 'GET', url: '/api/invitations/unknown-token' })).statusCode).toBe(
      404,
    );
  });

  it('rejects an unknown role with a field-level message', async () => {
    const response = await admin.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: { email: 'x@northwind.example', name: 'X', roles: ['superuser'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['roles', '0']);
  });
});

describe('roles', () => {
  it('changes roles, keeps an audit trail, and never removes the last admin', async () => {
    const members = (await admin.inject({ method: 'GET', url: '/api/admin/members' })).json().items;
    const erg = members.find((m: { email: string }) => m.email === emailOf('erg_lead'));
    const changed = await admin.inject({
      method: 'PUT',
      url: `/api/admin/members/${erg.id}/roles`,
      payload: { roles: ['erg_lead', 'participant'] },
    });
    expect(changed.json().member.roles).toEqual(['erg_lead', 'participant']);

    const self = members.find((m: { email: string }) => m.email === emailOf('org_admin'));
    const lastAdmin = await admin.inject({
      method: 'PUT',
      url: `/api/admin/members/${self.id}/roles`,
      payload: { roles: ['participant'] },
    });
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json().error.message).toMatch(/at least one admin/);

    const audit = (await admin.inject({ method: 'GET', url: '/api/admin/audit' })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['member.roles_changed', 'member.invited', 'account.signed_in']),
    );
  });

  it('keeps admin pages from every other role', async () => {
    for (const role of ['program_manager', 'sponsor', 'erg_lead', 'participant']) {
      const session = await signIn(t.app, emailOf(role), DEMO_PASSWORD);
      for (const url of ['/api/admin/members', '/api/admin/outbox', '/api/admin/audit']) {
        const response = await session.inject({ method: 'GET', url });
        expect(response.statusCode, `${role} ${url}`).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
      const invite = await session.inject({
        method: 'POST',
        url: '/api/admin/invitations',
        payload: { email: 'y@northwind.example', name: 'Y', roles: ['org_admin'] },
      });
      expect(invite.statusCode).toBe(403);
    }
  });

  it('checks access before it reads the body: anonymous is 401 and the wrong role 403, even for a bad body', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: { email: 'not an email' },
    });
    expect(anonymous.statusCode).toBe(401);
    const participant = await signIn(t.app, emailOf('participant'), DEMO_PASSWORD);
    const wrongRole = await participant.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: { roles: 'nonsense' },
    });
    expect(wrongRole.statusCode).toBe(403);
  });
});

describe('audit log export', () => {
  const MARKER = 'OTHER-ORG-AUDIT-MARKER-5c1e';

  it('gives an admin every event as CSV with a header row, the sign-in included, from where', async () => {
    const response = await admin.inject({ method: 'GET', url: '/api/admin/audit.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith('\uFEFFwhen,who,action,target,details,address\r\n')).toBe(true);
    const rows = response.body.split('\r\n').slice(1, -1);
    const json = (await admin.inject({ method: 'GET', url: '/api/admin/audit?limit=200' })).json();
    expect(rows).toHaveLength(json.total);
    const signedIn = rows.filter((row) =>
      row.endsWith(`,${emailOf('org_admin')},account.signed_in,,,127.0.0.1`),
    );
    expect(signedIn.length).toBeGreaterThan(0);
    expect(signedIn.every((row) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/.test(row))).toBe(true);
    const roleChange = rows.find((row) => row.includes(',member.roles_changed,'));
    expect(roleChange?.split(',').slice(1, 3)).toEqual([emailOf('org_admin'), 'member.roles_changed']);
    expect(roleChange).toMatch(/,"\{.*\}",127\.0\.0\.1$/);
    expect(roleChange).toContain('""from"":[""erg_lead""]');
    expect(roleChange).toContain('""to"":[""erg_lead"",""participant""]');
  });

  it('defuses a value written like a formula, and reads a long log in chunks without losing a row', async () => {
    const orgId = (await admin.inject({ method: 'GET', url: '/api/me' })).json().org.id;
    await recordAudit(t.database.db, {
      orgId,
      actorAccountId: null,
      action: 'program.created',
      target: '=HYPERLINK("http://evil.example","click")',
    });
    const body = (await admin.inject({ method: 'GET', url: '/api/admin/audit.csv' })).body;
    expect(body).toContain(`,System,program.created,"'=HYPERLINK(""http://evil.example"",""click"")",,\r\n`);
    expect(body).not.toMatch(/,"?=HYPERLINK/);
    expect(await listAllAudit(t.database.db, orgId, 2)).toEqual(await listAllAudit(t.database.db, orgId));
  });

  it("never shows another organisation's events", async () => {
    const other = await insertOrganisation(t.database.db, { slug: 'globex-audit', name: 'Globex' });
    await recordAudit(t.database.db, {
      orgId: other.id,
      actorAccountId: null,
      action: 'member.invited',
      target: `${MARKER}@globex.example`,
      detail: { note: MARKER },
      ip: '203.0.113.9',
    });
    const body = (await admin.inject({ method: 'GET', url: '/api/admin/audit.csv' })).body;
    expect(body).toContain('account.signed_in');
    expect(body).not.toContain(MARKER);
    expect(body).not.toContain('203.0.113.9');
  });

  it('keeps the export from a program manager and from anonymous callers', async () => {
    const manager = await signIn(t.app, emailOf('program_manager'), DEMO_PASSWORD);
    const refused = await manager.inject({ method: 'GET', url: '/api/admin/audit.csv' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/audit.csv' })).statusCode).toBe(401);
  });
});
