import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
const emailOf = (key: string) => demoPeople.find((p) => p.key === key)!.email;
const admin = () => emailOf(demoAccounts.find((a) => a.role === 'org_admin')!.personKey);

beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemoOrganisation(t.deps);
  expect(seeded.ok).toBe(true);
});
afterAll(() => t.close());

describe('sign in', () => {
  it('signs in every demo account with its roles and organisation', async () => {
    for (const account of demoAccounts) {
      const session = await signIn(t.app, emailOf(account.personKey), DEMO_PASSWORD);
      const me = (await session.inject({ method: 'GET', url: '/api/me' })).json();
      expect(me.roles).toContain(account.role);
      expect(me.org.slug).toBe('northwind');
      expect(me.person?.name).toBe(demoPeople.find((p) => p.key === account.personKey)!.name);
      expect(me.mailMode).toBe('outbox');
    }
  });

  it('sets an httpOnly, SameSite cookie and accepts the email in any case', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `  ${admin().toUpperCase()} `, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/cp_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('answers a wrong password and an unknown email with the same message', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin(), password: 'not the password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@northwind.example', password: 'whatever it is' },
    });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: 'unauthenticated', message: 'Email or password is incorrect.' },
      });
    }
  });

  it('reports field-level problems', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['email'],
          message: 'Enter a valid email address, like name@example.com.',
        }),
        expect.objectContaining({ path: ['password'], message: 'Enter a password.' }),
      ]),
    );
  });
});

describe('sessions', () => {
  it('ends the session on logout', async () => {
    const session = await signIn(t.app, admin(), DEMO_PASSWORD);
    expect((await session.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await session.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    const after = await session.inject({ method: 'GET', url: '/api/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('gives a new session token on every sign-in', async () => {
    const a = await signIn(t.app, admin(), DEMO_PASSWORD);
    const b = await signIn(t.app, admin(), DEMO_PASSWORD);
    expect(a.cookie).not.toBe(b.cookie);
    expect(a.csrfToken).not.toBe(b.csrfToken);
  });

  it('expires a session left idle past its lifetime', async () => {
    const session = await signIn(t.app, admin(), DEMO_PASSWORD);
    t.advance((t.deps.env.sessionIdleHours + 1) * 3600_000);
    try {
      expect((await session.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    } finally {
      t.advance(-(t.deps.env.sessionIdleHours + 1) * 3600_000);
    }
  });
});

describe('cross-site request forgery', () => {
  it('refuses a signed-in write without the CSRF token', async () => {
    const session = await signIn(t.app, admin(), DEMO_PASSWORD);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect((await session.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(200);
  });

  it('refuses a form posted from another site, even with a valid cookie', async () => {
    const session = await signIn(t.app, admin(), DEMO_PASSWORD);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      headers: {
        cookie: session.cookie,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'email=attacker%40evil.example&name=x&roles=org_admin',
    });
    expect(response.statusCode).toBe(403);
    const members = (await session.inject({ method: 'GET', url: '/api/admin/members' })).json();
    expect(members.items.map((m: { email: string }) => m.email)).not.toContain('attacker@evil.example');
  });

  it('refuses a cross-site sign-in attempt', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: admin(), password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('password reset', () => {
  const latestLink = async (to: string) => {
    const session = await signIn(t.app, admin(), DEMO_PASSWORD);
    const list = (await session.inject({ method: 'GET', url: '/api/admin/outbox' })).json();
    const message = list.items.find((m: { to: string }) => m.to === to);
    const full = (await session.inject({ method: 'GET', url: `/api/admin/outbox/${message.id}` })).json();
    return /token=([A-Za-z0-9_-]+)/.exec(full.text)![1]!;
  };

  it('answers the same for known and unknown addresses, and emails only the known one', async () => {
    const email = emailOf('erg-lead');
    const known = await t.app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { email },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { email: 'ghost@northwind.example' },
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    expect(await latestLink(email)).toBeTruthy();
  });

  it('sets a new password once, signs out elsewhere, and refuses the link afterwards', async () => {
    const email = emailOf('erg-lead');
    const before = await signIn(t.app, email, DEMO_PASSWORD);
    await t.app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } });
    const token = await latestLink(email);

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues[0].path).toEqual(['password']);

    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, password: 'a brand new passphrase' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await before.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    await signIn(t.app, email, 'a brand new passphrase');
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(old.statusCode).toBe(401);

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, password: 'yet another passphrase' },
    });
    expect(again.statusCode).toBe(410);
  });

  it('refuses a common password and one built from the email, under the password field', async () => {
    const email = emailOf('ceo');
    await t.app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } });
    const token = await latestLink(email);
    const localPart = email.split('@')[0]!;
    for (const [password, code] of [
      ['qwertyuiopas', 'too_common'],
      ['IloveYou 1234', 'too_common'],
      [`${localPart.toUpperCase()}-2026!`, 'too_personal'],
    ] as const) {
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        payload: { token, password },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.issues).toEqual([
        { code, path: ['password'], message: expect.stringMatching(/^(This password|Do not use)/) },
      ]);
    }
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, password: 'plum tractor lantern quietly' },
    });
    expect(reset.statusCode).toBe(204);
    await signIn(t.app, email, 'plum tractor lantern quietly');
  });

  it('refuses an expired link and an unknown one', async () => {
    const email = emailOf('cfo');
    await t.app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email } });
    const token = await latestLink(email);
    t.advance(2 * 3600_000);
    try {
      const expired = await t.app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        payload: { token, password: 'a brand new passphrase' },
      });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.message).toMatch(/expired/);
    } finally {
      t.advance(-2 * 3600_000);
    }
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token: 'nope', password: 'a brand new passphrase' },
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('sign-in rate limit', () => {
  it('refuses with a clear message after too many attempts from one address', async () => {
    const limited = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'a@b.example', password: 'wrong password!' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({
        error: {
          code: 'rate_limited',
          message: expect.stringMatching(/^Too many attempts\. Wait \d+ seconds and try again\.$/),
        },
      });
    } finally {
      await limited.close();
    }
  });
});
