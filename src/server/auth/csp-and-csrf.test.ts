import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAssetsDir } from '#server/web-assets';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let admin: Session;
const adminEmail = demoPeople.find(
  (p) => p.key === demoAccounts.find((a) => a.role === 'org_admin')!.personKey,
)!.email;

beforeAll(async () => {
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  admin = await signIn(t.app, adminEmail, DEMO_PASSWORD);
});
afterAll(() => t.close());

/** The CSP as directive name → its sources. */
function directives(header: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(header).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/** Every <script> start tag without a src attribute (an inline script), and every inline event handler. */
function inlineScripts(html: string): string[] {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  const handlers = html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? [];
  return [...tags.filter((tag) => !/\ssrc\s*=/i.test(tag)), ...handlers];
}

describe('content security policy', () => {
  it('serves the single-page app with script-src self only, and its HTML has no inline script', async () => {
    for (const url of ['/', '/programs', '/admin/members']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      // Only styles may be inline (Mantine sets CSS variables in style attributes; see decision 003).
      const inline = [...csp].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([n]) => n);
      expect(inline).toEqual(['style-src']);
      expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-eval');
      expect(inlineScripts(response.body), url).toEqual([]);
    }
  });

  it('checks the real built page when there is one, and the page Vite builds it from', async () => {
    const source = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
    expect(inlineScripts(source)).toEqual([]);
    expect(source).toMatch(/<script type="module" src="\/main\.tsx"><\/script>/);
    const built = webAssetsDir();
    if (built) {
      const served = (await t.app.inject({ method: 'GET', url: '/' })).body;
      expect(served).toBe(readFileSync(`${built}/index.html`, 'utf8'));
      expect(served).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
    }
  });

  it('the self-check can fail: it finds an inline script and an inline handler', () => {
    expect(inlineScripts('<script>alert(1)</script><script src="/a.js"></script>')).toEqual(['<script>']);
    expect(inlineScripts('<img src=x onerror="alert(1)">')).toHaveLength(1);
  });

  it('keeps scripts to its own files on the API documentation page too', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-');
    expect(inlineScripts(response.body)).toEqual([]);
  });

  it('sends the strict policy on API answers as well', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(directives(response.headers['content-security-policy']).get('script-src')).toEqual(["'self'"]);
  });
});

describe('cross-site request forgery', () => {
  const attacker = 'mallory@evil.example';
  const invitedEmails = async () =>
    (
      (await admin.inject({ method: 'GET', url: '/api/admin/members' })).json().items as { email: string }[]
    ).map((m) => m.email);
  const boundary = '----formboundary7MA4YWxkTrZu0gW';
  const forms = [
    {
      type: 'application/x-www-form-urlencoded',
      body: `email=${encodeURIComponent(attacker)}&name=Mallory&roles=org_admin`,
    },
    // The classic trick: an input named `{"email":…,"x":"` with the value `"}` posts valid JSON as text/plain.
    { type: 'text/plain', body: `{"email":"${attacker}","name":"Mallory","roles":["org_admin"],"x":"="}` },
    {
      type: `multipart/form-data; boundary=${boundary}`,
      body: [
        `--${boundary}`,
        'Content-Disposition: form-data; name="email"',
        '',
        attacker,
        `--${boundary}--`,
        '',
      ].join('\r\n'),
    },
  ];

  it('refuses a form posted from another site with the victim’s valid cookie, and changes nothing', async () => {
    for (const form of forms) {
      // A modern browser says cross-site; an older one sends only the Origin. Neither gets through.
      for (const fetchSite of [{ 'sec-fetch-site': 'cross-site' }, {}]) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/admin/invitations',
          headers: {
            cookie: admin.cookie,
            origin: 'https://evil.example',
            'content-type': form.type,
            ...fetchSite,
          },
          payload: form.body,
        });
        // 403, not 415: the origin check runs before the body is even read.
        expect(response.statusCode, `${form.type} ${JSON.stringify(fetchSite)}`).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
      // Without any Origin (a browser that strips it), the missing CSRF token still refuses it.
      const noOrigin = await t.app.inject({
        method: 'POST',
        url: '/api/admin/invitations',
        headers: { cookie: admin.cookie, 'content-type': form.type },
        payload: form.body,
      });
      expect(noOrigin.statusCode, form.type).toBe(403);
    }
    expect(await invitedEmails()).not.toContain(attacker);
  });

  it('refuses a same-site JSON write without the CSRF token or with a wrong one, and accepts the right one', async () => {
    const invite = (email: string, token?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/admin/invitations',
        headers: {
          cookie: admin.cookie,
          origin: 'http://localhost:3000',
          'sec-fetch-site': 'same-origin',
          ...(token === undefined ? {} : { 'x-csrf-token': token }),
        },
        payload: { email, name: 'Someone', roles: ['participant'] },
      });
    const missing = await invite('no-token@northwind.example');
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.message).toBe('This page is out of date. Reload it and try again.');
    const wrong = await invite('wrong-token@northwind.example', `${admin.csrfToken.slice(0, -1)}x`);
    expect(wrong.statusCode).toBe(403);
    const otherSession = await signIn(t.app, adminEmail, DEMO_PASSWORD);
    expect((await invite('other-token@northwind.example', otherSession.csrfToken)).statusCode).toBe(403);
    const members = await invitedEmails();
    for (const email of ['no-token', 'wrong-token', 'other-token']) {
      expect(members).not.toContain(`${email}@northwind.example`);
    }
    // The same request with the session's own token goes through: the refusals above were the token.
    expect((await invite('right-token@northwind.example', admin.csrfToken)).statusCode).toBe(201);
    expect(await invitedEmails()).toContain('right-token@northwind.example');
  });

  it('refuses other methods without the token too', async () => {
    const members = (await admin.inject({ method: 'GET', url: '/api/admin/members' })).json().items;
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/members/${members[0].id}/roles`,
      headers: { cookie: admin.cookie },
      payload: { roles: ['participant'] },
    });
    expect(response.statusCode).toBe(403);
  });
});
