import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { newPage, signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

/**
 * Issue 5's journey on the demo program in its matching phase: HR runs the matcher, reads why a pair
 * was made, swaps two mentees, is refused a pair inside a reporting line, publishes, and the junior
 * mentor sees the match and its reason.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

const pairOf = (hr: Page, test: (label: string) => boolean) =>
  hr
    .getByTestId('proposed-pair')
    .all()
    .then(async (all) => {
      for (const pair of all) if (test((await pair.getAttribute('aria-label')) ?? '')) return pair;
      throw new Error('no such pair on the board');
    });

async function swapWith(hr: Page, pair: Locator, otherLabel: RegExp) {
  await pair.getByRole('button', { name: 'Swap mentee…' }).click();
  const dialog = hr.getByRole('dialog');
  await dialog.getByLabel('Second pair').click();
  await hr.getByRole('option', { name: otherLabel }).click();
  await dialog.getByRole('button', { name: 'Swap mentees' }).click();
  return dialog;
}

describe.skipIf(browserMissing)('pairing, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('HR runs matching, adjusts, is refused a reporting-line pair, publishes; the mentor sees why', async () => {
    const hr = await newPage(browser);
    await signInAs(hr, server.url, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);
    await hr.goto(`${server.url}/programs`);
    await hr.getByRole('link', { name: 'Reverse Mentoring — Operations & Sales' }).click();
    await hr.getByRole('tab', { name: 'Matching' }).click();
    await hr.getByRole('button', { name: 'Run matching' }).click();
    await hr.getByRole('heading', { name: /Proposed pairs \(\d+\)/ }).waitFor();
    expect(await hr.getByTestId('proposed-pair').count()).toBeGreaterThanOrEqual(5);

    // Why a pair was made: the sentence and the breakdown per criterion.
    const first = hr.getByTestId('proposed-pair').first();
    await expect(first.innerText()).resolves.toMatch(
      /levels junior|different departments|shared availability/,
    );
    await first.getByRole('button', { name: 'Show the score breakdown' }).click();
    await first.getByText(/Skills, both ways/).waitFor();

    // A swap that would put Rui Costa with his own manager's manager is refused, in words.
    const rui = await pairOf(hr, (label) => label.startsWith('Rui Costa and '));
    const withPedro = await pairOf(hr, (label) => label.endsWith(' and Pedro Almeida'));
    const pedrosMentor = (await withPedro.getAttribute('aria-label'))!.replace(' and Pedro Almeida', '');
    const refused = await swapWith(hr, rui, new RegExp(`^${pedrosMentor} with Pedro Almeida$`));
    await refused
      .getByText(/reporting line/i)
      .first()
      .waitFor();
    await refused.getByRole('button', { name: 'Cancel' }).click();

    // A swap between two other pairs goes through and is marked as HR's.
    const others = [];
    for (const pair of await hr.getByTestId('proposed-pair').all()) {
      const label = (await pair.getAttribute('aria-label')) ?? '';
      if (!label.startsWith('Rui Costa and ') && !label.endsWith(' and Pedro Almeida')) others.push(label);
    }
    const [a, b] = others as [string, string];
    const [bMentor, bMentee] = b.split(' and ') as [string, string];
    const done = await swapWith(
      hr,
      await pairOf(hr, (l) => l === a),
      new RegExp(`^${bMentor} with ${bMentee}$`),
    );
    await done.waitFor({ state: 'detached' });
    await hr.getByText('Set by HR').first().waitFor();
    expect(await hr.getByTestId('proposed-pair').filter({ hasText: 'Set by HR' }).count()).toBe(2);

    // Publish.
    await hr.getByRole('button', { name: 'Publish…' }).click();
    await hr.getByRole('dialog').getByRole('button', { name: 'Publish and send emails' }).click();
    await hr
      .getByText(/published/)
      .first()
      .waitFor();

    // Rui Costa (a junior mentor in this program) sees his match and why.
    const mentor = await newPage(browser);
    await signInAs(mentor, server.url, 'rui.costa@northwind.example', DEMO_PASSWORD);
    await mentor.goto(`${server.url}/my/programs`);
    const card = mentor
      .locator('[data-testid^="my-match-"]')
      .filter({ hasText: 'Reverse Mentoring — Operations & Sales' });
    await card.getByText('Why you were paired:').waitFor();
    await expect(card.innerText()).resolves.toMatch(/You are the mentor/);
    await expect(card.innerText()).resolves.not.toContain('Pedro Almeida');
  });
});
