import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp, testEnv } from '#tests/fixtures/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganisation(t.deps);
});
afterAll(() => t.close());

describe('logs', () => {
  it('record requests as JSON lines without passwords, cookies, CSRF tokens or one-time tokens', async () => {
    const lines: string[] = [];
    const app = await buildApp(
      { ...t.deps, env: testEnv({ LOG_LEVEL: 'trace' }) },
      { logStream: { write: (l) => lines.push(l) } },
    );
    try {
      const session = await signIn(app, 'rui.costa@northwind.example', DEMO_PASSWORD);
      await session.inject({ method: 'GET', url: '/api/me' });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'rui.costa@northwind.example', password: 'WRONG-PASSWORD-MARKER' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        payload: { token: 'TOKEN-MARKER', password: 'PASSWORD-MARKER-2' },
      });

      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      const all = lines.join('\n');
      for (const secret of [
        DEMO_PASSWORD,
        'WRONG-PASSWORD-MARKER',
        'PASSWORD-MARKER-2',
        'TOKEN-MARKER',
        session.csrfToken,
        session.cookie.split('=')[1]!,
      ]) {
        expect(all).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});
