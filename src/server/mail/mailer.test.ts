import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type MailMessage } from '#server/mail/mailer';
import { insertOrganisation } from '#store/organisations-store';
import { getOutboxMessage, listOutbox } from '#store/outbox-store';
import { EMAIL_SAMPLES, templateNames } from '#tests/fixtures/email-samples';
import { createTestDatabase, type TestDatabase } from '#tests/fixtures/test-database';

let database: TestDatabase;
let orgId: string;
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk) => {
      raw += chunk;
    });
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = (await insertOrganisation(database.db, { slug: 'mail', name: 'Mail Org' })).id;
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.drop();
});

const publicUrl = 'https://counterpart.example';
const settingsUrl = 'https://counterpart.example/settings/notifications';

const message = {
  orgId: '',
  to: 'someone@example.com',
  subject: 'Hello there',
  text: 'Your link: https://x/invitations/SECRET-TOKEN',
};

describe('mailer', () => {
  it('without SMTP keeps the whole message in the outbox for the admin to read', async () => {
    const mailer = createMailer(
      { smtpUrl: undefined, from: 'Counterpart <no-reply@x.example>', publicUrl },
      { error: () => {} },
    );
    await mailer.send(database.db, { ...message, orgId });
    const { items } = await listOutbox(database.db, orgId, { limit: 10, offset: 0 });
    const full = await getOutboxMessage(database.db, orgId, items[0]!.id);
    expect(full).toMatchObject({
      transport: 'outbox',
      toAddress: 'someone@example.com',
      text: `${message.text}\n\n— Counterpart for Mail Org\nChoose which emails you get: ${settingsUrl}`,
      html: null,
    });
  });

  it('with SMTP delivers the message and keeps only who, what and when', async () => {
    const { port } = smtp.server.address() as AddressInfo;
    const mailer = createMailer(
      {
        smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
        from: 'Counterpart <no-reply@x.example>',
        publicUrl,
      },
      { error: () => {} },
    );
    await mailer.send(database.db, { ...message, orgId, to: 'smtp-person@example.com' });
    mailer.close();
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['smtp-person@example.com']);
    expect(received[0]!.raw).toContain('Subject: Hello there');
    expect(received[0]!.raw).toContain('SECRET-TOKEN');

    const { items } = await listOutbox(database.db, orgId, { limit: 10, offset: 0 });
    const row = await getOutboxMessage(
      database.db,
      orgId,
      items.find((i) => i.to === 'smtp-person@example.com')!.id,
    );
    expect(row).toMatchObject({ transport: 'smtp', error: null });
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.text).not.toContain('SECRET-TOKEN');
  });

  const invitation = {
    filename: 'invitation.ics',
    contentType: 'text/calendar; charset=utf-8; method=REQUEST',
    content:
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:series-uid-7f3a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  };
  const notes = { filename: 'notes.txt', contentType: 'text/plain', content: 'ATTACHED-TEXT-4c1d' };

  it('keeps attachments with an outbox message', async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: 'x@x.example', publicUrl }, { error: () => {} });
    await mailer.send(database.db, { ...message, orgId, to: 'ics@example.com', attachments: [invitation] });
    const { items } = await listOutbox(database.db, orgId, { limit: 10, offset: 0 });
    const row = await getOutboxMessage(database.db, orgId, items.find((i) => i.to === 'ics@example.com')!.id);
    expect(row?.attachments).toEqual([invitation]);
  });

  it('sends a calendar invitation by SMTP as a text/calendar part and keeps none of it', async () => {
    const { port } = smtp.server.address() as AddressInfo;
    const mailer = createMailer(
      {
        smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
        from: 'Counterpart <no-reply@x.example>',
        publicUrl,
      },
      { error: () => {} },
    );
    await mailer.send(database.db, {
      ...message,
      orgId,
      to: 'smtp-ics@example.com',
      attachments: [invitation, notes],
    });
    mailer.close();
    const raw = received.find((r) => r.to.includes('smtp-ics@example.com'))!.raw;
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i); // an invitation, not just a file
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(raw).toMatch(/filename="?invitation\.ics/);
    expect(raw).toMatch(/filename="?notes\.txt/);
    const decoded = [...raw.matchAll(/^([A-Za-z0-9+/=]{16,})\r?$/gm)]
      .map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'))
      .join('');
    expect(`${raw}${decoded}`).toContain('UID:series-uid-7f3a');
    const { items } = await listOutbox(database.db, orgId, { limit: 10, offset: 0 });
    const row = await getOutboxMessage(
      database.db,
      orgId,
      items.find((i) => i.to === 'smtp-ics@example.com')!.id,
    );
    expect(row).toMatchObject({ transport: 'smtp', attachments: [] });
  });

  it('records a delivery failure without failing the caller', async () => {
    const errors: string[] = [];
    const mailer = createMailer(
      { smtpUrl: 'smtp://127.0.0.1:1', from: 'x@x.example', publicUrl },
      { error: (_o, msg) => errors.push(msg) },
    );
    await mailer.send(database.db, { ...message, orgId, to: 'unreachable@example.com' });
    const { items } = await listOutbox(database.db, orgId, { limit: 10, offset: 0 });
    expect(items.find((i) => i.to === 'unreachable@example.com')).toMatchObject({
      sentAt: null,
      error: expect.stringContaining('could not be reached'),
    });
    expect(errors).toEqual(['email could not be sent']);
  });
});

describe('the footer every email ends with', () => {
  const outbox = () =>
    createMailer({ smtpUrl: undefined, from: 'x@x.example', publicUrl }, { error: () => {} });

  async function kept(to: string) {
    const { items } = await listOutbox(database.db, orgId, { limit: 100, offset: 0 });
    return getOutboxMessage(database.db, orgId, items.find((i) => i.to === to)!.id);
  }

  it("adds the organisation's name and the settings link to the HTML too, escaped, before </body>", async () => {
    const odd = await insertOrganisation(database.db, { slug: 'odd', name: 'Smith & Jones <Ltd>' });
    await outbox().send(database.db, {
      orgId: odd.id,
      to: 'html@example.com',
      subject: 'Hi',
      text: 'Hello',
      html: '<!doctype html><html><body><p>Hello</p></body></html>',
    });
    const { items } = await listOutbox(database.db, odd.id, { limit: 10, offset: 0 });
    const row = await getOutboxMessage(database.db, odd.id, items[0]!.id);
    expect(row?.text).toBe(
      `Hello\n\n— Counterpart for Smith & Jones <Ltd>\nChoose which emails you get: ${settingsUrl}`,
    );
    expect(row?.html).toMatch(
      /^<!doctype html><html><body><p>Hello<\/p><hr [^>]*><p [^>]*>.*<\/p><\/body><\/html>$/,
    );
    expect(row?.html).toContain('— Counterpart for Smith &#38; Jones &#60;Ltd&#62;');
    expect(row?.html).toContain(`<a href="${settingsUrl}">Choose which emails you get</a>`);
    expect(row?.html).not.toContain('Stop these emails');
  });

  it('gives an optional email its one-click link to stop them, in text and HTML', async () => {
    const unsubscribeUrl = `${publicUrl}/unsubscribe?token=org.acc.mac`;
    await outbox().send(database.db, {
      orgId,
      to: 'optional@example.com',
      subject: 'Reminder',
      text: 'Your meeting is tomorrow.',
      html: '<html><body><p>Your meeting is tomorrow.</p></body></html>',
      unsubscribeUrl,
    });
    const row = await kept('optional@example.com');
    expect(row?.text).toBe(
      `Your meeting is tomorrow.\n\n— Counterpart for Mail Org\nChoose which emails you get: ${settingsUrl}\nStop these emails: ${unsubscribeUrl}`,
    );
    expect(row?.html).toContain(`<a href="${unsubscribeUrl}">Stop these emails</a>`);
  });

  it('has a sample of every email template (add one to tests/fixtures/email-samples.ts)', async () => {
    expect(Object.keys(EMAIL_SAMPLES).sort()).toEqual(await templateNames());
  });

  it.each(Object.entries(EMAIL_SAMPLES))(
    '%s has a plain-text body, the organisation once and the settings link',
    async (name, sample) => {
      const to = `${name.toLowerCase()}@example.com`;
      const built: MailMessage = { ...sample({ orgId, orgName: 'Mail Org' }), to };
      await outbox().send(database.db, built);
      const row = await kept(to);
      expect(row?.text.trim().length).toBeGreaterThan(50);
      expect(row?.text).not.toMatch(/<[a-z][^>]*>/i); // plain text, not HTML
      expect(row?.text.match(/Counterpart for Mail Org/g)).toHaveLength(1); // signed once, by the footer
      expect(row?.text).toContain(`Choose which emails you get: ${settingsUrl}`);
      if (built.unsubscribeUrl) expect(row?.text).toContain(`Stop these emails: ${built.unsubscribeUrl}`);
      if (row?.html) {
        expect(row.html).toContain('Counterpart for Mail Org');
        expect(row.html).toContain(`href="${settingsUrl}"`);
      }
    },
  );
});
