import { readFileSync } from 'node:fs';
import { and, eq, ne } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { enrollments, people, programs } from '#store/schema';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { newPage, signInAs } from '#tests/fixtures/browser-pages';
import { pdfText } from '#tests/fixtures/read-pdf';
import { startDemoServer } from '#tests/fixtures/running-app';

/**
 * Issue 8's sponsor view: the demo's CEO opens *Programs I sponsor*, finds the running program and
 * the closed pilot, and opens the running one: aggregate figures under a plain note on what is
 * hidden, and not one participant's name. HR downloads the closed pilot's report as a PDF, and the
 * Impact tab prints without the app's navigation.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

const SPONSOR = 'richard.adeyemi@northwind.example';

describe.skipIf(browserMissing)('a sponsor’s view of impact, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the CEO opens the programs they sponsor and sees the running one in aggregate, without names', async () => {
    const { db } = server.database;
    const [flagship] = await db.select().from(programs).where(eq(programs.name, 'Reverse Mentoring 2026'));
    const enrolled = await db
      .select({ name: people.name })
      .from(enrollments)
      .innerJoin(people, eq(people.id, enrollments.personId))
      .where(and(eq(enrollments.programId, flagship!.id), ne(people.email, SPONSOR)));
    expect(enrolled.length).toBeGreaterThanOrEqual(10);

    const ceo = await newPage(browser);
    await signInAs(ceo, server.url, SPONSOR, DEMO_PASSWORD);
    await ceo.getByRole('link', { name: 'Programs I sponsor' }).first().click();
    await ceo.getByRole('heading', { level: 1, name: 'Programs I sponsor' }).waitFor();
    await ceo.getByText(/Every figure is an aggregate/).waitFor();
    const list = ceo.getByRole('list', { name: 'Programs I sponsor' });
    await list.getByRole('link', { name: 'Reverse Mentoring Pilot 2025' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);

    await list.getByRole('link', { name: 'Reverse Mentoring 2026' }).click();
    await ceo.waitForURL(`**/sponsor/programs/${flagship!.id}`);
    await ceo.getByRole('heading', { level: 1, name: 'Reverse Mentoring 2026' }).waitFor();
    await ceo.getByText(/These figures are aggregates/).waitFor();
    await ceo.getByRole('heading', { name: 'Participation', exact: true }).waitFor();
    await ceo.getByRole('group', { name: 'Planned meetings held' }).waitFor();
    const main = await ceo.locator('main').innerText();
    expect(main).toMatch(/Any figure about fewer than 5 people is hidden/);
    expect(main).toMatch(/Matched\s*\n?\s*10/);
    for (const { name } of enrolled) expect(main, name).not.toContain(name);
  });

  it('HR downloads the pilot’s impact report as a PDF, and the tab prints without the navigation', async () => {
    const { db } = server.database;
    const [pilot] = await db.select().from(programs).where(eq(programs.name, 'Reverse Mentoring Pilot 2025'));
    const hr = await newPage(browser);
    await signInAs(hr, server.url, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);
    await hr.goto(`${server.url}/programs/${pilot!.id}/impact`);
    await hr.getByRole('heading', { name: 'Participation', exact: true }).waitFor();
    const [download] = await Promise.all([
      hr.waitForEvent('download'),
      hr.getByRole('link', { name: 'Download the report (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^impact-report-reverse-mentoring-pilot-2025-[\d-]+\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Impact report: Reverse Mentoring Pilot 2025');
    expect(text).toContain('Participation');

    const nav = hr.getByRole('navigation', { name: 'Main', exact: true });
    expect(await nav.isVisible()).toBe(true);
    await hr.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await hr.getByRole('link', { name: 'Download the report (PDF)' }).isVisible()).toBe(false);
    expect(await hr.getByRole('heading', { name: 'Participation', exact: true }).isVisible()).toBe(true);
  });
});
