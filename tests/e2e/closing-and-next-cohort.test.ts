import { and, eq, inArray, like } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { enrollments, outbox, pairs, people, programs } from '#store/schema';
import { browserMissing, launchBrowser } from '#tests/fixtures/browser';
import { linkFromOutbox, newPage, signInAs } from '#tests/fixtures/browser-pages';
import { startDemoServer } from '#tests/fixtures/running-app';

/**
 * Issue 8's end of a cohort and start of the next, in a real browser. HR opens the Impact dashboard
 * across programs, then closes the demo's running program: the dialog says what closing does, and
 * the program shows Closed. Leila Haddad and the CFO, a pair that lasted, each get the thank-you
 * email, follow its link, sign in and say they will keep meeting; HR's pairs list then shows the pair
 * as continuing. HR writes the lessons learned, clones the program into the next cohort, sees the
 * lessons carried over on the new draft, and invites the alumni from its Participants tab.
 */
let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

const HR = 'sarah.lindqvist@northwind.example';
const ADMIN = 'rui.costa@northwind.example';
const LEILA = 'leila.haddad@northwind.example';
const CFO = 'thomas.whitfield@northwind.example';
const FLAGSHIP = 'Reverse Mentoring 2026';
const NEXT = 'Reverse Mentoring 2027';
const LESSONS = `Lessons ${Date.now().toString(36)}: kickoff in person, and a check-in for every pair at the midpoint.`;

const DAY_MS = 86_400_000;
/** The continuation link in the thank-you email (the only email with "Answer the question"). */
const CONTINUATION_LINK = /(?<=Answer the question: \S+?)\/my\/pairs\/[\w-]+/;

async function flagshipId(): Promise<string> {
  const [row] = await server.database.db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.name, FLAGSHIP));
  return row!.id;
}

/** A participant follows the emailed link, signs in on the way, and says yes to keeping meeting. */
async function answerYes(path: string, email: string): Promise<Page> {
  const person = await newPage(browser);
  await person.goto(`${server.url}${path}`);
  await person.waitForURL(/\/login\?next=/);
  await person.getByLabel('Email').fill(email);
  await person.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await person.getByRole('button', { name: 'Sign in' }).click();
  await person.waitForURL(`**${path}`);
  const question = person.getByRole('region', { name: /^Will you keep meeting .+ informally\?$/ });
  await question.getByRole('button', { name: 'Yes, we’ll keep meeting' }).click();
  await question.getByRole('button', { name: 'Yes, we’ll keep meeting', pressed: true }).waitFor();
  return person;
}

describe.skipIf(browserMissing)('closing a program and starting the next cohort, in a real browser', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    // The demo's flagship runs until February. Closed before its end date, its pairs would end early
    // and nobody would complete it (no thank-you emails, no alumni): the dialog warns HR of exactly
    // that and tells them to move the end date first. Here the end date is moved to yesterday in the
    // database, as if the cohort had run its course.
    const yesterday = new Date(server.deps.now().getTime() - DAY_MS).toISOString().slice(0, 10);
    await server.database.db
      .update(programs)
      .set({ endDate: yesterday })
      .where(eq(programs.id, await flagshipId()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('HR sees every program side by side on the Impact dashboard, figures without people marked', async () => {
    const hr = await newPage(browser);
    await signInAs(hr, server.url, HR, DEMO_PASSWORD);
    await hr
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'Impact', exact: true })
      .click();
    await hr.waitForURL('**/impact');
    await hr.getByRole('heading', { level: 1, name: 'Impact across programs' }).waitFor();
    await hr.getByText(/Figures about fewer than 5 people are hidden so nobody can be recognised/).waitFor();
    const table = hr.getByRole('table', { name: 'Impact across programs' });
    for (const name of [
      FLAGSHIP,
      'Reverse Mentoring Pilot 2025',
      'Reverse Mentoring — Operations & Sales',
      'Reverse Mentoring: New Markets',
    ])
      await table.getByRole('link', { name, exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(4);
    await hr
      .getByTestId('overview-drafts')
      .getByRole('link', { name: 'Digital Leadership Circle 2027' })
      .waitFor();

    // The running flagship: ten pairs, and its phase before HR closes it.
    const flagship = table.getByTestId(`overview-${await flagshipId()}`);
    expect(await flagship.innerText()).toMatch(/Midpoint review\s+Richard Adeyemi\s+10\s+10\s+10/);
    // The two programs without pairs have no meetings or ratings: each figure says so, with the
    // reason on keyboard focus, rather than showing a misleading 0.
    const marked = table.getByTestId('empty-figure');
    expect(await marked.count()).toBe(4);
    // Keyboard access: tabbing from a program's name to its first such figure opens the reason.
    const newMarkets = table.getByRole('row').filter({ hasText: 'Reverse Mentoring: New Markets' });
    const first = newMarkets.getByTestId('empty-figure').first();
    const label = await first.getAttribute('aria-label');
    expect(label).toMatch(/^none yet: .+/);
    await newMarkets.getByRole('link', { name: 'Reverse Mentoring: New Markets' }).focus();
    await hr.keyboard.press('Tab');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await hr
      .getByRole('tooltip')
      .getByText(label!.replace(/^none yet: /, ''))
      .waitFor();
    // The demo has no program small enough for the "hidden" mark; the totals row shows all four.
    await table.getByTestId('overview-totals').getByText('All 4 programs').waitFor();
  });

  it('HR closes the running program after being told what closing does', async () => {
    const hr = await newPage(browser);
    await signInAs(hr, server.url, HR, DEMO_PASSWORD);
    await hr.getByRole('link', { name: 'Programs', exact: true }).click();
    await hr.getByRole('link', { name: FLAGSHIP, exact: true }).click();
    await hr.getByRole('heading', { level: 1, name: FLAGSHIP }).waitFor();

    await hr.getByRole('button', { name: 'Start closing' }).click();
    const starting = hr.getByRole('dialog', { name: 'Start closing?' });
    // The end date has passed, so no reason for closing early is asked for.
    await starting.getByText(/moves from Midpoint review to Closing/).waitFor();
    await starting.getByRole('button', { name: 'Start closing' }).click();
    await starting.waitFor({ state: 'detached' });

    await hr.getByRole('button', { name: 'Close the program' }).click();
    const closing = hr.getByRole('dialog', { name: 'Close the program?' });
    await closing.getByText('When you close it:').waitFor();
    const said = await closing.innerText();
    expect(said).toContain('Every pair still meeting ends.');
    expect(said).toMatch(/Each participant who completed the program gets a thank-you email, once/);
    expect(said).toContain('The impact report becomes final. This cannot be undone.');
    expect(said).not.toContain('This is before the end date');
    await closing.getByRole('button', { name: 'Close the program' }).click();
    await closing.waitFor({ state: 'detached' });
    // The phase badge under the title says Closed, and no phase button is left.
    await hr.locator('main').getByText('Closed', { exact: true }).first().waitFor();
    expect(await hr.getByRole('button', { name: 'Close the program' }).count()).toBe(0);
    expect(await hr.getByRole('button', { name: 'Back to active' }).count()).toBe(0);

    const [row] = await server.database.db
      .select({ phase: programs.phase })
      .from(programs)
      .where(eq(programs.id, await flagshipId()));
    expect(row?.phase).toBe('closed');

    // The dashboard across programs now shows it closed.
    await hr.goto(`${server.url}/impact`);
    const overviewRow = hr.getByTestId(`overview-${await flagshipId()}`);
    await overviewRow.getByText('Closed', { exact: true }).waitFor();
  });

  it('a pair that lasted gets the thank-you email, both say they keep meeting, and HR sees it', async () => {
    const id = await flagshipId();
    const { db } = server.database;
    // Every pair of the flagship was still meeting when it closed: each of its people completed it.
    const flagshipPairs = await db.select().from(pairs).where(eq(pairs.programId, id));
    expect(flagshipPairs).toHaveLength(10);
    const completers = new Set(flagshipPairs.flatMap((p) => [p.mentorPersonId, p.menteePersonId]));
    const thanks = await db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(eq(outbox.subject, `Thank you for taking part in ${FLAGSHIP}`));
    expect(thanks).toHaveLength(completers.size);
    expect(thanks.map((t) => t.to)).toEqual(expect.arrayContaining([LEILA, CFO]));
    const [toLeila] = await db
      .select({ text: outbox.text })
      .from(outbox)
      .where(
        and(eq(outbox.toAddress, LEILA), eq(outbox.subject, `Thank you for taking part in ${FLAGSHIP}`)),
      );
    expect(toLeila?.text).toContain(
      `${FLAGSHIP} has now closed, and you completed it with Thomas Whitfield.`,
    );
    expect(toLeila?.text).toMatch(/Download your certificate: \S+\/my\/programs/);

    const admin = await newPage(browser);
    await signInAs(admin, server.url, ADMIN, DEMO_PASSWORD);
    const leilasLink = await linkFromOutbox(admin, server.url, LEILA, CONTINUATION_LINK);
    const cfosLink = await linkFromOutbox(admin, server.url, CFO, CONTINUATION_LINK);
    // Both links lead to the same pair: theirs.
    expect(cfosLink).toBe(leilasLink);

    const leila = await answerYes(leilasLink, LEILA);
    await leila
      .getByText('Thank you: you said yes. If Thomas says yes too, you will both see it here.')
      .waitFor();
    const cfo = await answerYes(cfosLink, CFO);
    await cfo.getByRole('status').filter({ hasText: 'You both plan to keep meeting' }).waitFor();
    await leila.reload();
    await leila.getByRole('status').filter({ hasText: 'You both plan to keep meeting' }).waitFor();

    const hr = await newPage(browser);
    await signInAs(hr, server.url, HR, DEMO_PASSWORD);
    await hr.goto(`${server.url}/programs/${id}`);
    await hr.getByRole('tab', { name: 'Matching' }).click();
    await hr.getByRole('heading', { name: 'Pairs', exact: true }).waitFor();
    await hr
      .getByTestId('continuation-summary')
      .getByText(/^1 of 10 pairs will keep meeting informally; 0 will not; 9 not answered yet\./)
      .waitFor();
    const theirs = hr.getByRole('row').filter({ hasText: 'Leila Haddad' });
    await theirs.getByText('Continuing', { exact: true }).waitFor();
    expect(await theirs.innerText()).toContain('Thomas Whitfield');
    expect(await hr.getByRole('row').filter({ hasText: 'Not answered' }).count()).toBe(9);
  });

  it('HR writes the lessons, clones the program into the next cohort and invites its alumni', async () => {
    const id = await flagshipId();
    const { db } = server.database;
    const hr = await newPage(browser);
    await signInAs(hr, server.url, HR, DEMO_PASSWORD);
    await hr.goto(`${server.url}/programs/${id}`);
    const lessons = hr.getByRole('region', { name: 'Lessons learned' });
    await lessons.getByRole('button', { name: 'Write lessons' }).click();
    await lessons.getByRole('textbox', { name: 'Lessons learned' }).fill(LESSONS);
    await lessons.getByRole('button', { name: 'Save lessons' }).click();
    await lessons.getByText(LESSONS).waitFor();

    await hr.getByRole('button', { name: 'Clone into next cohort' }).click();
    const dialog = hr.getByRole('dialog', { name: 'Clone into the next cohort' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(NEXT);
    await dialog.getByRole('button', { name: 'Create the next cohort' }).click();
    await hr.getByRole('heading', { level: 1, name: NEXT }).waitFor();
    const [next] = await db.select().from(programs).where(eq(programs.name, NEXT));
    expect(next?.phase).toBe('draft');
    expect(hr.url()).toBe(`${server.url}/programs/${next!.id}`);
    const carried = hr.getByRole('region', { name: `Lessons from ${FLAGSHIP}` });
    await carried.getByText(LESSONS).waitFor();

    // The alumni: everyone in the flagship's pairs (all lasted to its end) who still works here.
    const flagshipPairs = await db.select().from(pairs).where(eq(pairs.programId, id));
    const mentors = new Set(flagshipPairs.map((p) => p.mentorPersonId));
    const mentees = new Set(flagshipPairs.map((p) => p.menteePersonId));
    const gone = await db
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, [...mentors, ...mentees]), eq(people.employmentStatus, 'left')));
    expect(gone).toEqual([]);
    expect([mentors.size, mentees.size]).toEqual([10, 10]);

    await hr.getByRole('tab', { name: 'Participants' }).click();
    await hr.waitForURL(`**/programs/${next!.id}/participants`);
    const alumni = hr.getByRole('region', { name: 'Invite alumni' });
    await alumni
      .getByText(`20 people who completed ${FLAGSHIP} can be invited again: 10 mentors, 10 mentees.`, {
        exact: false,
      })
      .waitFor();
    await alumni.getByRole('button', { name: 'Show names' }).click();
    await alumni.getByRole('listitem').filter({ hasText: 'Leila Haddad' }).waitFor();
    await alumni.getByRole('button', { name: 'Invite 20 alumni' }).click();
    const confirm = hr.getByRole('dialog', { name: 'Invite 20 alumni?' });
    await confirm.getByText(/10 mentors, 10 mentees get an email inviting them to/).waitFor();
    await confirm.getByRole('button', { name: 'Send 20 invitations' }).click();
    await confirm.waitFor({ state: 'detached' });
    await alumni.getByRole('status').getByText('Invited 20 alumni: 10 mentors, 10 mentees.').waitFor();
    await alumni.getByText(/No alumni to invite/).waitFor();

    const invitations = await db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(like(outbox.subject, `You're invited to ${NEXT} at %`));
    expect(invitations).toHaveLength(20);
    expect(invitations.map((i) => i.to)).toEqual(expect.arrayContaining([LEILA, CFO]));
    const invited = await db
      .select({ side: enrollments.side, status: enrollments.status })
      .from(enrollments)
      .where(eq(enrollments.programId, next!.id));
    expect(invited.filter((e) => e.side === 'mentor' && e.status === 'invited')).toHaveLength(10);
    expect(invited.filter((e) => e.side === 'mentee' && e.status === 'invited')).toHaveLength(10);
  });
});
