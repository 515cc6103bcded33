import { and, eq, like } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { outbox } from '#store/schema';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { newPage, signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

/**
 * Issue 7's journey through the midpoint review of the demo's running program. Leila answers the
 * halfway check-in, keeping one written answer from HR. HR opens the review: the response rate
 * counts her, the results show only aggregates, the slipping pair is at risk because of its
 * check-in (without saying who answered what), and HR sends that pair the meeting guide, keeps
 * Leila's pair and sends the quiet pair to re-pairing in the Matching tab. Then a meeting reminder
 * reaches Leila with a one-click link that turns her reminders off.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

const KEPT_FROM_HR = `Only for me ${Date.now().toString(36)}: I am nervous about the board pitch.`;
const SHARED = `Shared ${Date.now().toString(36)}: how the CFO reads a budget line by line.`;

describe.skipIf(browserMissing)('the midpoint review, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a mentor answers the check-in; HR reviews health and results, sends resources, keeps a pair and re-pairs another', async () => {
    // Leila finds the check-in waiting and answers it.
    const leila = await newPage(browser);
    await signInAs(leila, server.url, 'leila.haddad@northwind.example', DEMO_PASSWORD);
    await leila.getByRole('link', { name: 'Check-ins' }).first().click();
    const waiting = leila.getByRole('list', { name: /waiting/i });
    await waiting.getByRole('link', { name: 'Answer' }).first().click();
    await leila
      .getByText(/Your partner never sees your answers/)
      .first()
      .waitFor();
    await leila
      .getByRole('radiogroup', { name: /How is the mentoring going so far/ })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await leila.getByRole('radio', { name: 'About right' }).check();
    await leila.getByRole('textbox', { name: /What have you learned from your partner/ }).fill(SHARED);
    // The first consent box sits under the first written question ("what have you learned").
    await leila
      .getByRole('checkbox', { name: /HR may read this answer/ })
      .first()
      .check();
    await leila.getByRole('textbox', { name: /anything that would help/ }).fill(KEPT_FROM_HR);
    await leila.getByRole('button', { name: 'Save answers' }).click();
    await leila
      .getByText(/saved|Thank you/i)
      .first()
      .waitFor();

    // HR opens the midpoint review.
    const hr = await newPage(browser);
    await signInAs(hr, server.url, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);
    await hr.getByRole('link', { name: 'Programs', exact: true }).click();
    await hr.getByRole('link', { name: 'Reverse Mentoring 2026' }).click();
    await hr.getByRole('tab', { name: 'Midpoint review' }).click();
    await hr.getByRole('heading', { name: /Check-in results/ }).waitFor();
    await hr
      .getByText(/15 of 20/)
      .first()
      .waitFor();
    await hr
      .getByText(/How is the mentoring going so far/)
      .first()
      .waitFor();
    const page = await hr.content();
    expect(page).toContain(SHARED);
    expect(page).not.toContain(KEPT_FROM_HR);

    // The slipping pair is at risk, and its check-in is one of the reasons.
    const ella = hr.getByRole('listitem', { name: /^Ella Novak and / });
    await ella
      .getByText(/check-in/i)
      .first()
      .waitFor();
    await ella.getByRole('button', { name: /^Send resources to/ }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Meeting guide for reverse mentoring pairs' }).check();
    await dialog.getByRole('button', { name: 'Send to both' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ella
      .getByText(/Resources sent|Sent resources/i)
      .first()
      .waitFor();

    const guides = await server.database.db
      .select({ to: outbox.toAddress, text: outbox.text })
      .from(outbox)
      .where(like(outbox.text, '%intranet.northwind.example/mentoring/meeting-guide%'));
    expect(guides.map((g) => g.to)).toEqual(expect.arrayContaining(['ella.novak@northwind.example']));
    expect(guides).toHaveLength(2);
    for (const g of guides) expect(g.text).not.toMatch(/at risk|check-in|concern/i);

    // Leila's pair is fine: keep it.
    const leilasPair = hr.getByRole('listitem', { name: /^Leila Haddad and / });
    await leilasPair.getByRole('button', { name: /^Keep / }).click();
    await leilasPair.getByText(/Kept/i).first().waitFor();

    // The quiet pair goes to the Matching tab for re-pairing.
    const hana = hr.getByRole('listitem', { name: /^Hana Sato and / });
    await hana.getByRole('button', { name: /^Re-pair / }).click();
    await hr.getByRole('dialog').getByRole('button', { name: 'Open the Matching tab' }).click();
    await hr.waitForURL(/\/programs\/[^/]+\/matching\?pair=/);
    await hr
      .getByText(/Hana Sato/)
      .first()
      .waitFor();
  });

  it('a meeting reminder reaches the mentor with a link that turns her reminders off', async () => {
    const reminderToLeila = async () => {
      await server.deps.jobs.enqueue('meeting-reminders');
      const [row] = await server.database.db
        .select({ text: outbox.text })
        .from(outbox)
        .where(
          and(
            eq(outbox.toAddress, 'leila.haddad@northwind.example'),
            like(outbox.subject, 'Reminder: your meeting%'),
          ),
        );
      return row?.text;
    };
    // The demo's meetings are every two weeks: move the clock a day at a time until one is tomorrow.
    let text = await reminderToLeila();
    for (let day = 1; day <= 14 && !text; day++) {
      server.advance(86_400_000);
      text = await reminderToLeila();
    }
    expect(text).toContain('Northwind');
    const link = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(text ?? '')?.[0];
    expect(link).toBeDefined();

    const visitor = await newPage(browser);
    await visitor.goto(`${server.url}${new URL(link!).pathname}${new URL(link!).search}`);
    await visitor.getByRole('button', { name: 'Turn off all reminders' }).click();
    await visitor
      .getByText(/turned off|won’t get|will not get/i)
      .first()
      .waitFor();
  });
});
