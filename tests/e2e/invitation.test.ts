import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { linkFromOutbox, newPage, signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

describe.skipIf(browserMissing)('invitations and password resets, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an admin invites a colleague, who accepts and lands on the participant home', async () => {
    const admin = await newPage(browser);
    await signInAs(admin, server.url, 'rui.costa@northwind.example', DEMO_PASSWORD);
    await admin.getByTestId('home-org_admin').waitFor();
    await admin.goto(`${server.url}/admin/members`);
    await admin.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel(/^Email/).fill('jamie.new@northwind.example');
    await dialog.getByLabel(/^Name/).fill('Jamie New');
    await dialog.getByRole('checkbox', { name: /^Participant/ }).check();
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await admin.getByRole('cell', { name: 'jamie.new@northwind.example' }).waitFor();

    const path = await linkFromOutbox(
      admin,
      server.url,
      'jamie.new@northwind.example',
      /\/invitations\/[A-Za-z0-9_-]{43}/,
    );
    const invitee = await newPage(browser);
    await invitee.goto(`${server.url}${path}`);
    await invitee.getByRole('heading', { name: 'Join Northwind Energy on Counterpart' }).waitFor();
    await invitee.getByLabel(/^Your name/).fill('Jamie New');
    await invitee.getByLabel(/^Choose a password/).fill('jamie chooses a long passphrase');
    await invitee.getByRole('button', { name: 'Create my account' }).click();
    await invitee.getByTestId('home-participant').waitFor();

    const latecomer = await newPage(browser);
    await latecomer.goto(`${server.url}${path}`);
    await latecomer.getByRole('heading', { name: 'This invitation can no longer be used' }).waitFor();
  });

  it('a person who forgot their password resets it from the emailed link and signs in with the new one', async () => {
    const person = await newPage(browser);
    await person.goto(`${server.url}/login`);
    await person.getByRole('link', { name: 'Forgot your password?' }).click();
    await person.getByLabel(/^Email/).fill('adaeze.okafor@northwind.example');
    await person.getByRole('button', { name: /send/i }).click();
    await person.getByRole('heading', { name: 'Check your email' }).waitFor();

    const admin = await newPage(browser);
    await signInAs(admin, server.url, 'rui.costa@northwind.example', DEMO_PASSWORD);
    await admin.getByTestId('home-org_admin').waitFor();
    const path = await linkFromOutbox(
      admin,
      server.url,
      'adaeze.okafor@northwind.example',
      /\/reset-password\?token=[A-Za-z0-9_-]{43}/,
    );

    await person.goto(`${server.url}${path}`);
    await person.getByLabel(/^New password/).fill('a fresh passphrase for adaeze');
    await person.getByLabel(/^Repeat the new password/).fill('a fresh passphrase for adaeze');
    await person.getByRole('button', { name: 'Save the new password' }).click();
    await person.getByRole('heading', { name: 'Your password has been changed' }).waitFor();

    await signInAs(person, server.url, 'adaeze.okafor@northwind.example', 'a fresh passphrase for adaeze');
    await person.getByTestId('home-erg_lead').waitFor();
    expect(new URL(person.url()).pathname).toBe('/');
  });
});
