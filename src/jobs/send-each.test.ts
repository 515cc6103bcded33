import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Outgoing, sendEach } from '#jobs/send-each';
import type { Mailer } from '#server/mail/mailer';
import { insertOrganisation } from '#store/organisations-store';
import { mailsTo, refusingMailer, sentKeys } from '#tests/fixtures/reminder-builders';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await insertOrganisation(t.database.db, { slug: 'send-each', name: 'Send Each' })).id;
});
afterAll(() => t.close());

const email = (key: string, to: string): Outgoing => ({
  key,
  kind: 'meetingReminders',
  message: () => ({ orgId, to, subject: `About ${key}`, text: 'Hello.' }),
});
const run = (outgoing: Outgoing[], mailer: Mailer = t.deps.mailer) =>
  sendEach({ ...t.deps, mailer }, 'meeting-reminders', outgoing);

describe('sendEach', () => {
  it('sends each key once, however often it runs', async () => {
    const outgoing = [email('once:a', 'a@send.example'), email('once:b', 'b@send.example')];
    expect(await run(outgoing)).toEqual({ sent: 2, alreadySent: 0, skipped: 0, refused: 0 });
    expect(await run(outgoing)).toEqual({ sent: 0, alreadySent: 2, skipped: 0, refused: 0 });
    expect(await mailsTo(t.database.db, 'a@send.example')).toHaveLength(1);
  });

  it('skips a row whose email cannot be written and sends the rest', async () => {
    const broken: Outgoing = {
      key: 'broken:x',
      kind: 'meetingReminders',
      message: () => {
        throw new RangeError('Invalid time zone');
      },
    };
    const summary = await run([
      email('broken:a', 'c@send.example'),
      broken,
      email('broken:b', 'd@send.example'),
    ]);
    expect(summary).toEqual({ sent: 2, alreadySent: 0, skipped: 1, refused: 0 });
    expect(await sentKeys(t.database.db, 'meetingReminders')).not.toContain('broken:x');
  });

  it('keeps sending when the mail server refuses one, then throws so the run is retried for it', async () => {
    const { mailer, accepted } = refusingMailer(['refused@send.example']);
    const outgoing = [
      email('smtp:a', 'refused@send.example'),
      email('smtp:b', 'fine@send.example'),
      email('smtp:c', 'fine2@send.example'),
    ];
    await expect(run(outgoing, mailer)).rejects.toThrow(/could not send 1 of its emails/);
    expect(accepted.map((m) => m.to)).toEqual(['fine@send.example', 'fine2@send.example']);
    const claimed = await sentKeys(t.database.db, 'meetingReminders');
    expect(claimed).toEqual(expect.arrayContaining(['smtp:b', 'smtp:c']));
    expect(claimed).not.toContain('smtp:a');

    const retry = refusingMailer([]);
    expect(await run(outgoing, retry.mailer)).toEqual({ sent: 1, alreadySent: 2, skipped: 0, refused: 0 });
    expect(retry.accepted.map((m) => m.to)).toEqual(['refused@send.example']);
  });
});
