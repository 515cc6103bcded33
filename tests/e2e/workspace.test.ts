import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCalendar } from '#tests/fixtures/read-ics';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { newPage, signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

/**
 * Issue 6's journey on the demo's pair still agreeing its kickoff: the CTO (mentee) edits and accepts
 * the agreement, Diogo (the junior mentor) accepts too, downloads the calendar, and after the first
 * meeting logs what each of them taught and a private note. HR's view shows the meeting count, never
 * the note; the CTO never sees it either. HR also sees which pairs need attention, and why.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

const DAY = 86_400_000;
const PRIVATE_WORDS = `Private to Diogo ${Date.now().toString(36)}: ask Marco about the ERP budget next time.`;

async function openWorkspace(page: Page, partner: string) {
  await page.goto(`${server.url}/my/programs`);
  await page.getByRole('link', { name: `Open workspace with ${partner}` }).click();
  await page.getByRole('heading', { name: `Your mentoring with ${partner}` }).waitFor();
}

describe.skipIf(browserMissing)('the pair workspace, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('both accept the agreement; the mentor downloads the calendar and logs a meeting with a private note; HR sees only the count', async () => {
    // The CTO finds Diogo has accepted, adds what he wants to learn (which asks both to accept again) and accepts.
    const marco = await newPage(browser);
    await signInAs(marco, server.url, 'marco.bellini@northwind.example', DEMO_PASSWORD);
    await openWorkspace(marco, 'Diogo Pereira');
    await marco.getByText(/Diogo accepted this version/).waitFor();
    const mine = marco.getByRole('group', { name: /What you want to learn/ });
    await mine.getByRole('button', { name: 'Add an objective' }).click();
    await mine.getByRole('textbox').last().fill('How the help desk sees our new tools, first hand');
    await marco.getByRole('button', { name: 'Save changes' }).click();
    await marco.getByText(/Neither of you has accepted yet/).waitFor();
    await marco.getByRole('button', { name: 'Accept the agreement' }).click();
    await marco.getByText(/Waiting for Diogo to accept/).waitFor();

    // Diogo reads the new objective and accepts: the meetings are planned.
    const diogo = await newPage(browser);
    await signInAs(diogo, server.url, 'diogo.pereira@northwind.example', DEMO_PASSWORD);
    await openWorkspace(diogo, 'Marco Bellini');
    const marcosObjectives = diogo
      .getByRole('group', { name: /What Marco wants to learn/ })
      .getByRole('textbox');
    await marcosObjectives.first().waitFor();
    expect(
      await marcosObjectives.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toContain('How the help desk sees our new tools, first hand');
    await diogo.getByRole('button', { name: 'Accept the agreement' }).click();
    await diogo.getByText(/You both accepted/).waitFor();

    // The calendar download is a real iCalendar file with every meeting, read by an independent parser.
    await diogo.getByRole('tab', { name: 'Meetings' }).click();
    const [download] = await Promise.all([
      diogo.waitForEvent('download'),
      diogo.getByRole('link', { name: 'Download all meetings (.ics)' }).click(),
    ]);
    const calendar = readCalendar(readFileSync((await download.path())!, 'utf8'));
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.events.length).toBeGreaterThanOrEqual(5);
    expect(calendar.events.every((e) => e.summary.includes('Diogo Pereira'))).toBe(true);

    // Eight days on, the first meeting has happened (the server's and the browser's clocks move together).
    server.advance(8 * DAY);
    await diogo.clock.install({ time: new Date(Date.now() + 8 * DAY) });
    await diogo.reload();
    await diogo.getByRole('tab', { name: 'Meetings' }).click();
    const first = diogo.getByRole('article', { name: 'Meeting 1' });
    await first.getByRole('button', { name: 'Log meeting' }).click();
    const log = diogo.getByRole('dialog', { name: 'Log meeting 1' });
    await log.getByLabel('Yes, we met').check();
    await log.getByLabel('What you taught').fill('Help desk automation');
    await log.getByLabel('What you taught').press('Enter');
    await log.getByLabel('What Marco taught').fill('Technology strategy');
    await log.getByLabel('What Marco taught').press('Enter');
    await log
      .getByLabel('Shared notes')
      .fill('Walked through the ticket queue; Marco explained how the ERP roadmap is decided.');
    await log.getByRole('radio', { name: /^5/ }).check();
    await log.getByRole('button', { name: 'Save the log' }).click();
    await log.waitFor({ state: 'detached' });
    await first.getByText('Help desk automation').waitFor();
    await first.getByText('Technology strategy').waitFor();

    await first.getByRole('button', { name: 'Write a private note' }).click();
    await first.getByRole('textbox', { name: /Private note/ }).fill(PRIVATE_WORDS);
    await first.getByRole('button', { name: 'Save private note' }).click();
    await first.getByTestId('private-note-text').getByText(PRIVATE_WORDS).waitFor();

    // The CTO sees the shared log, not Diogo's private note.
    await marco.clock.install({ time: new Date(Date.now() + 8 * DAY) });
    await openWorkspace(marco, 'Diogo Pereira');
    await marco.getByRole('tab', { name: 'Meetings' }).click();
    await marco.getByRole('article', { name: 'Meeting 1' }).getByText('Help desk automation').waitFor();
    expect(await marco.locator('main').innerText()).not.toContain(PRIVATE_WORDS);

    // HR sees that the pair has met, and nothing of what was written privately.
    const hr = await newPage(browser);
    await signInAs(hr, server.url, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);
    await hr.goto(`${server.url}/programs`);
    await hr.getByRole('link', { name: 'Reverse Mentoring 2026' }).click();
    await hr.getByRole('tab', { name: 'Matching' }).click();
    const row = hr.getByRole('row').filter({ hasText: 'Diogo Pereira' });
    await row.getByText(/Meetings: 1\/\d+/).waitFor();
    expect(await row.innerText()).not.toMatch(/Kickoff pending/);
    expect(await hr.locator('body').innerText()).not.toContain(PRIVATE_WORDS);

    // Above the pairs, the pairs that need HR's attention come first, with reasons HR can act on.
    const attention = hr.getByRole('list', { name: 'Need attention' });
    await attention.getByText(/Ella Novak/).waitFor();
    await attention.getByText(/Hana Sato/).waitFor();
    expect(await attention.innerText()).not.toMatch(/Diogo Pereira/);
  });
});
