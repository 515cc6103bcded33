import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type MailMessage, type Mailer } from '#server/mail/mailer';
import { sendOnce } from '#server/mail/send-once';
import { insertOrganisation } from '#store/organisations-store';
import { listOutbox } from '#store/outbox-store';
import { sentNotifications } from '#store/schema';
import { EMAIL_SAMPLES } from '#tests/fixtures/email-samples';
import { type MimeMessage, partOf, readMime } from '#tests/fixtures/read-mime';
import { createTestDatabase, type TestDatabase } from '#tests/fixtures/test-database';

/** What a real mail server receives from the mailer: a local `smtp-server`, no TLS, any sender. */
const publicUrl = 'https://counterpart.example';
const settingsUrl = `${publicUrl}/settings/notifications`;
const org = { orgId: '', orgName: 'Northwind Energy' };

let database: TestDatabase;
let mailer: Mailer;
let refuse = false;
const received: { to: string[]; message: MimeMessage }[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (refuse) callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    else callback();
  },
  onData(stream, session, callback) {
    let raw = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      raw += chunk;
    });
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), message: readMime(raw) });
      callback();
    });
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  org.orgId = (await insertOrganisation(database.db, { slug: 'northwind', name: org.orgName })).id;
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  mailer = createMailer(
    { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Counterpart <no-reply@counterpart.example>', publicUrl },
    { error: () => {} },
  );
});
afterAll(async () => {
  mailer.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.drop();
});
beforeEach(() => {
  refuse = false;
});

function arrivedFor(to: string): MimeMessage[] {
  return received.filter((r) => r.to.includes(to)).map((r) => r.message);
}

async function deliver(message: MailMessage): Promise<MimeMessage> {
  expect(await mailer.send(database.db, message)).toBe('sent');
  const arrived = arrivedFor(message.to);
  expect(arrived).toHaveLength(1);
  return arrived[0]!;
}

describe('email over SMTP', () => {
  it.each(Object.entries(EMAIL_SAMPLES))(
    '%s arrives with a plain-text part naming the organisation and linking to the email settings',
    async (name, sample) => {
      const built = sample(org);
      const arrived = await deliver({ ...built, to: `${name.toLowerCase()}@example.com` });
      const text = partOf(arrived, 'text/plain').text;
      expect(text).toContain('Counterpart for Northwind Energy');
      expect(text).toContain(`Choose which emails you get: ${settingsUrl}`);
      const html = partOf(arrived, 'text/html').text;
      expect(html).toContain('Counterpart for Northwind Energy');
      expect(html).toContain(`href="${settingsUrl}"`);
      if (built.unsubscribeUrl) {
        expect(text).toContain(`Stop these emails: ${built.unsubscribeUrl}`);
        expect(arrived.headers['list-unsubscribe']).toBe(`<${built.unsubscribeUrl}>`);
        expect(arrived.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      } else {
        expect(arrived.headers['list-unsubscribe']).toBeUndefined();
      }
    },
  );

  it('gives an optional email the List-Unsubscribe headers for a one-click POST', async () => {
    const unsubscribeUrl = `${publicUrl}/unsubscribe?token=org-1.acc-1.${'m'.repeat(43)}`;
    const arrived = await deliver({
      orgId: org.orgId,
      to: 'optional@example.com',
      subject: 'Your meeting tomorrow',
      text: 'Hello Sam,\n\nYou meet Grace tomorrow at 10:00.',
      unsubscribeUrl,
    });
    expect(arrived.headers['list-unsubscribe']).toBe(`<${unsubscribeUrl}>`);
    expect(arrived.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(arrived.parts.map((p) => p.type)).toEqual(['text/plain']); // no HTML was given, none is made
    expect(arrived.parts[0]!.text).toContain(`Stop these emails: ${unsubscribeUrl}`);
  });

  it('sends a calendar invitation as text/calendar with its METHOD', async () => {
    const arrived = await deliver({ ...EMAIL_SAMPLES.meetingsAgreedEmail!(org), to: 'calendar@example.com' });
    const calendar = arrived.parts.find((p) => p.type === 'text/calendar' && p.params.method === 'REQUEST');
    expect(calendar?.text).toContain('METHOD:REQUEST');
    expect(calendar?.text).toContain('UID:sample-uid');
    expect(partOf(arrived, 'text/plain').text).toContain('Counterpart for Northwind Energy');
  });

  it("records a refused message as failed in the outbox, without the caller's failing", async () => {
    refuse = true;
    const outcome = await mailer.send(database.db, {
      orgId: org.orgId,
      to: 'refused@example.com',
      subject: 'Hello',
      text: 'Hello',
    });
    expect(outcome).toBe('failed');
    expect(arrivedFor('refused@example.com')).toHaveLength(0);
    const { items } = await listOutbox(database.db, org.orgId, { limit: 100, offset: 0 });
    expect(items.find((i) => i.to === 'refused@example.com')).toMatchObject({
      sentAt: null,
      error: expect.stringContaining('refused'),
    });
  });

  it('sends a job email once: a refusal gives the claim back and throws, the retry sends exactly one', async () => {
    const deps = { database: { db: database.db }, mailer };
    const notification = { key: 'meeting-reminder:m1:2026-03-03T10:00:00.000Z:p1', kind: 'meetingReminders' };
    const message = { orgId: org.orgId, to: 'once@example.com', subject: 'Tomorrow', text: 'See you.' };
    const claims = () =>
      database.db
        .select()
        .from(sentNotifications)
        .where(and(eq(sentNotifications.orgId, org.orgId), eq(sentNotifications.key, notification.key)));

    refuse = true;
    await expect(sendOnce(deps, notification, message)).rejects.toThrow(/will be retried/);
    expect(await claims()).toHaveLength(0);

    refuse = false;
    expect(await sendOnce(deps, notification, message)).toBe('sent');
    expect(await sendOnce(deps, notification, message)).toBe('already_sent');
    expect(arrivedFor('once@example.com')).toHaveLength(1);
    expect(await claims()).toHaveLength(1);
  });
});
