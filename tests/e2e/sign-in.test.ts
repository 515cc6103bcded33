import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let page: Page;

const personOf = (personKey: string) => demoPeople.find((p) => p.key === personKey)!;

describe.skipIf(browserMissing)('signing in, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterEach(async () => {
    await page.context().close();
  });

  for (const account of demoAccounts) {
    it(`shows the ${account.role} home to ${account.label}`, async () => {
      const person = personOf(account.personKey);
      await signInAs(page, server.url, person.email, DEMO_PASSWORD);
      await page.getByTestId(`home-${account.role}`).waitFor();
      await expect(page.getByText(person.name).first().isVisible()).resolves.toBe(true);
      expect(await page.title()).toContain('Counterpart');
    });
  }

  it('shows an error for a wrong password and stays on the sign-in page', async () => {
    await signInAs(page, server.url, personOf('it-admin').email, 'definitely not it', false);
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs out and then sends the visitor back to sign in', async () => {
    const person = personOf('hr-program-manager');
    await signInAs(page, server.url, person.email, DEMO_PASSWORD);
    await page.getByTestId('home-program_manager').waitFor();
    await page.getByRole('button', { name: `Account menu for ${person.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.goto(`${server.url}/people`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('brings a visitor back to the page they asked for after signing in', async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(personOf('hr-program-manager').email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByText(personOf('cfo').name).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/people');
  });
});
