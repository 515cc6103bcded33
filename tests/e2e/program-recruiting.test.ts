import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { linkFromOutbox, newPage, signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

/**
 * Issue 4's journey: HR launches a program with the defaults, imports two new colleagues from a CSV
 * (first with a bad row: nothing is written), invites them, both apply, and HR approves them.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'cp-journey-'));
const HEADER =
  'email,name,title,level,department,manager email,location,time zone,hire date,employment status';
const JUNIOR =
  'nia.osei@northwind.example,Nia Osei,Junior Data Analyst,2,Finance,chloe.tremblay@northwind.example,London,Europe/London,2025-09-01,active';
const SENIOR =
  'marta.kowalski@northwind.example,Marta Kowalski,VP Operations Excellence,8,Operations,richard.adeyemi@northwind.example,Berlin,Europe/Berlin,2014-04-01,active';

async function importCsv(hr: Page, rows: string[]) {
  const file = join(dir, `people-${rows.length}.csv`);
  writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  await hr.goto(`${server.url}/people/import`);
  await hr.locator('input[type=file]').setInputFiles(file);
  await hr.getByLabel('Mark people missing from the file as having left').uncheck();
  await hr.getByRole('button', { name: 'Check the file' }).click();
}

async function apply(page: Page, programId: string, teach: string, learn: string) {
  await page.goto(`${server.url}/my/programs/${programId}`);
  for (const [list, skill] of [
    ['I can teach', teach],
    ['I want to learn', learn],
  ] as const) {
    const input = page.locator(`input[aria-label="Add a skill to “${list}”"]`);
    await input.fill(skill);
    await input.press('Enter');
    await page.getByRole('list', { name: list }).getByText(skill).waitFor();
  }
  await page
    .getByLabel(/What do you hope to get from this program/)
    .fill(`To learn ${learn} and share ${teach}.`);
  await page.getByRole('button', { name: 'Add slot' }).click();
  await page.getByRole('radio', { name: 'Video call' }).check();
  await page.getByRole('checkbox', { name: /ground rules, including confidentiality/ }).check();
  await page.getByRole('button', { name: 'Submit my application' }).click();
  await page.getByText('Your application was sent.').waitFor();
}

describe.skipIf(browserMissing)('from a new program to an approved cohort, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('HR launches, imports, invites; a junior and a senior apply; HR approves them', async () => {
    const hr = await newPage(browser);
    await signInAs(hr, server.url, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);

    // A program with the defaults: only a name.
    await hr.goto(`${server.url}/programs/new`);
    await hr.getByLabel(/^Name/).fill('Reverse Mentoring — Journey Cohort');
    await hr.getByRole('button', { name: 'Create program' }).click();
    await hr.getByRole('heading', { name: 'Reverse Mentoring — Journey Cohort', level: 1 }).waitFor();
    const programId = new URL(hr.url()).pathname.split('/')[2]!;
    await hr.getByRole('button', { name: 'Open recruiting' }).click();
    await hr.getByRole('dialog').getByRole('button', { name: 'Open recruiting' }).click();
    await hr.getByText('Recruiting').first().waitFor();

    // A CSV with one bad row: a row-level report, nothing imported.
    await importCsv(hr, [
      JUNIOR,
      'not-an-email,Broken Row,Analyst,2,Finance,,London,Europe/London,2025-01-01,active',
      SENIOR,
    ]);
    const problems = hr.getByRole('table', { name: 'Problems in the file' });
    await problems.waitFor();
    const problem = problems.getByRole('row').nth(1);
    await expect(problem.getByRole('cell').first().innerText()).resolves.toBe('3');
    await expect(problem.getByRole('cell').nth(1).innerText()).resolves.toBe('email');
    await expect(hr.getByRole('button', { name: 'Import', exact: true }).count()).resolves.toBe(0);
    await hr.goto(`${server.url}/people?q=Nia`);
    await hr.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await expect(hr.getByText('Nia Osei').count()).resolves.toBe(0);

    // Fixed: the dry run counts two new people, then the import.
    await importCsv(hr, [JUNIOR, SENIOR]);
    await hr.getByText('The file is ready to import').waitFor();
    await hr.getByRole('button', { name: 'Import', exact: true }).click();
    await hr.getByText('Import complete').waitFor();

    // Invite them, one per side.
    for (const [name, side] of [
      ['Nia Osei', 'Mentor (junior)'],
      ['Marta Kowalski', 'Mentee (senior)'],
    ] as const) {
      await hr.goto(`${server.url}/programs/${programId}/participants`);
      await hr.getByRole('button', { name: 'Invite people' }).first().click();
      const dialog = hr.getByRole('dialog');
      await dialog.getByLabel('People').fill(name.split(' ')[0]!);
      await hr.getByRole('option', { name: new RegExp(name) }).click();
      await dialog.getByRole('radio', { name: side }).check();
      await dialog.getByRole('button', { name: 'Invite' }).click();
      await hr
        .getByRole('dialog', { name: 'Invitations sent' })
        .getByRole('button', { name: 'Done' })
        .click();
    }

    // Each signs up from the emailed link and applies.
    const admin = await newPage(browser);
    await signInAs(admin, server.url, 'rui.costa@northwind.example', DEMO_PASSWORD);
    for (const [email, teach, learn] of [
      ['nia.osei@northwind.example', 'Data storytelling', 'Budgeting'],
      ['marta.kowalski@northwind.example', 'Budgeting', 'Data storytelling'],
    ] as const) {
      const path = await linkFromOutbox(admin, server.url, email, /\/invitations\/[A-Za-z0-9_-]{43}/);
      const person = await newPage(browser);
      await person.goto(`${server.url}${path}`);
      await person.getByLabel(/^Choose a password/).fill(`a long passphrase about ${teach}`);
      await person.getByRole('button', { name: 'Create my account' }).click();
      await person.getByTestId('home-participant').waitFor();
      await apply(person, programId, teach, learn);
      await person.context().close();
    }

    // HR approves both.
    await hr.goto(`${server.url}/programs/${programId}/participants`);
    await hr.getByRole('checkbox', { name: 'Select Nia Osei' }).check();
    await hr.getByRole('checkbox', { name: 'Select Marta Kowalski' }).check();
    await hr
      .getByRole('region', { name: 'Decide on the selected' })
      .getByRole('button', { name: 'Approve' })
      .click();
    const table = hr.getByRole('table', { name: 'Participants' });
    await table.getByRole('row').filter({ hasText: 'Nia Osei' }).getByText('Approved').waitFor();
    await table.getByRole('row').filter({ hasText: 'Marta Kowalski' }).getByText('Approved').waitFor();
  });
});
