import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '#core/accounts/login-throttle';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
const emailOf = (personKey: string) => {
  expect(demoAccounts.some((a) => a.personKey === personKey)).toBe(true);
  return demoPeople.find((p) => p.key === personKey)!.email;
};

beforeAll(async () => {
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress = '198.51.100.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

async function failTimes(n: number, email: string, addressOf: (i: number) => string) {
  for (let i = 0; i < n; i++)
    expect((await login(email, 'not the password', addressOf(i))).statusCode).toBe(401);
}

const REFUSAL = {
  error: {
    code: 'rate_limited',
    message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
  },
};

describe('sign-in throttling per account', () => {
  it('waits longer after each failure, then refuses with Retry-After, from any address', async () => {
    const email = emailOf('junior-blockchain-engineer');
    const before = t.sleeps.length;
    await failTimes(LOGIN_THROTTLE.perAccount.refuseAt, email, (i) => `198.51.100.${10 + i}`);
    expect(t.sleeps.slice(before)).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000]);

    const refused = await login(email, DEMO_PASSWORD, '203.0.113.77');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(refused.json()).toEqual(REFUSAL);
    expect(refused.headers['set-cookie']).toBeUndefined();
  });

  it('answers an unknown email exactly like a known one', async () => {
    await failTimes(LOGIN_THROTTLE.perAccount.refuseAt, 'nobody@northwind.example', (i) => `192.0.2.${i}`);
    const refused = await login('Nobody@Northwind.example', 'whatever it is', '192.0.2.200');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json()).toEqual(REFUSAL);
  });

  it('lets the account in again once the window has passed', async () => {
    const email = emailOf('cfo');
    await failTimes(LOGIN_THROTTLE.perAccount.refuseAt, email, () => '198.51.100.30');
    expect((await login(email, DEMO_PASSWORD)).statusCode).toBe(429);
    t.advance(LOGIN_THROTTLE.windowMs);
    try {
      expect((await login(email, DEMO_PASSWORD)).statusCode).toBe(200);
    } finally {
      t.advance(-LOGIN_THROTTLE.windowMs);
    }
  });

  it('starts afresh after a successful sign-in', async () => {
    const email = emailOf('ceo');
    await failTimes(LOGIN_THROTTLE.perAccount.refuseAt - 1, email, () => '198.51.100.40');
    expect((await login(email, DEMO_PASSWORD, '198.51.100.40')).statusCode).toBe(200);
    const before = t.sleeps.length;
    await failTimes(LOGIN_THROTTLE.perAccount.refuseAt - 1, email, () => '198.51.100.41');
    expect(t.sleeps.length - before).toBe(
      LOGIN_THROTTLE.perAccount.refuseAt - 1 - LOGIN_THROTTLE.perAccount.delayAfter,
    );
    expect((await login(email, DEMO_PASSWORD, '198.51.100.41')).statusCode).toBe(200);
  });
});

describe('sign-in throttling under parallel attempts', () => {
  it('checks no more passwords than the limit when the attempts arrive at once', async () => {
    const email = emailOf('cto');
    const { refuseAt } = LOGIN_THROTTLE.perAccount;
    const responses = await Promise.all(
      Array.from({ length: refuseAt + 6 }, (_, i) => login(email, 'not the password', `192.0.2.${100 + i}`)),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(refuseAt);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(6);
  });
});

describe('sign-in throttling per address', () => {
  it('refuses an address that failed with many emails, but not another address', async () => {
    const address = '203.0.113.5';
    for (let i = 0; i < LOGIN_THROTTLE.perAddress.refuseAt; i++) {
      expect((await login(`guess${i}@northwind.example`, 'not the password', address)).statusCode).toBe(401);
    }
    const refused = await login(emailOf('erg-lead'), DEMO_PASSWORD, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual(REFUSAL);
    expect((await login(emailOf('erg-lead'), DEMO_PASSWORD, '203.0.113.6')).statusCode).toBe(200);
  });
});
