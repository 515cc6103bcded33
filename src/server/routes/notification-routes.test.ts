import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTIFICATION_CHOICES,
  NO_NOTIFICATIONS,
  NOTIFICATION_KINDS,
} from '#core/notifications/notification-choices';
import { hashPassword } from '#server/auth/secrets';
import { unsubscribeToken } from '#server/crypto/unsubscribe-token';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import { maskEmail } from '#server/use-cases/unsubscribe-by-link';
import { findAccountByEmail, insertAccount, insertMembership } from '#store/accounts-store';
import { getNotificationChoices } from '#store/notification-settings-store';
import { getOutboxMessage, listOutbox } from '#store/outbox-store';
import { auditEvents, memberships } from '#store/schema';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { WORKSPACE_PASSWORD, type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Settings = {
  choices: Record<string, boolean>;
  kinds: { kind: string; label: string; description: string; audience: string }[];
};

const PARTICIPANT_KINDS = ['meetingReminders', 'agreementNudges', 'checkInReminders', 'quietPairNudges'];
const SLUG = 'notify';

let w: WorkspaceApp;
let mentor: Session;
let hr: Session;
let mentorAccountId: string;

/** A member of the workspace's organisation with no person record (e.g. an HR or admin login only). */
async function memberWithoutPerson(email: string, roles: ('program_manager' | 'org_admin')[]) {
  const account = await insertAccount(w.db, {
    email,
    name: email.split('@')[0]!,
    passwordHash: await hashPassword(WORKSPACE_PASSWORD),
  });
  await insertMembership(w.db, { orgId: w.orgId, accountId: account.id, personId: null, roles });
  return { accountId: account.id, session: await signIn(w.t.app, email, WORKSPACE_PASSWORD) };
}

const tokenFor = (accountId: string, orgId = w.orgId) =>
  unsubscribeToken(w.t.deps.keys.unsubscribe, orgId, accountId);
const choicesOf = (accountId: string) => getNotificationChoices(w.db, w.orgId, accountId);
const auditOf = async (accountId: string) =>
  (
    await w.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.actorAccountId, accountId)))
  ).filter((e) => e.action.startsWith('notifications.'));

beforeAll(async () => {
  w = await workspaceApp({ slug: SLUG });
  mentor = await w.as('mentor');
  hr = await w.as('hr');
  mentorAccountId = (await findAccountByEmail(w.db, w.mentor.email))!.id;
}, 120_000);
afterAll(async () => {
  await w?.t.close();
});

describe('GET and PUT /api/me/notifications', () => {
  it('shows a participant their choices (every one on at first) and only the participant emails', async () => {
    const response = await mentor.inject({ method: 'GET', url: '/api/me/notifications' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Settings;
    expect(body.choices).toEqual(DEFAULT_NOTIFICATION_CHOICES);
    expect(body.kinds.map((k) => k.kind)).toEqual(PARTICIPANT_KINDS);
    expect(body.kinds[0]).toEqual({
      kind: 'meetingReminders',
      label: 'Meeting reminders',
      description: expect.stringContaining('day before'),
      audience: 'participant',
    });
  });

  it("lists HR's digest for program managers: with the participant emails when they are also a person", async () => {
    const both = (await hr.inject({ method: 'GET', url: '/api/me/notifications' })).json() as Settings;
    expect(both.kinds.map((k) => k.kind)).toEqual([...NOTIFICATION_KINDS]);

    const hrOnly = await memberWithoutPerson(`hr-only@${SLUG}.example`, ['program_manager']);
    const onlyHr = (await hrOnly.session.inject({ method: 'GET', url: '/api/me/notifications' })).json();
    expect((onlyHr as Settings).kinds.map((k) => k.kind)).toEqual(['weeklyDigest']);

    const admin = await memberWithoutPerson(`admin-only@${SLUG}.example`, ['org_admin']);
    const none = (await admin.session.inject({ method: 'GET', url: '/api/me/notifications' })).json();
    expect((none as Settings).kinds).toEqual([]);
  });

  it('saves a partial change, keeps the rest, and audits which kinds changed and nothing personal', async () => {
    const response = await mentor.inject({
      method: 'PUT',
      url: '/api/me/notifications',
      payload: { meetingReminders: false, quietPairNudges: false },
    });
    expect(response.statusCode, response.body).toBe(200);
    const expected = { ...DEFAULT_NOTIFICATION_CHOICES, meetingReminders: false, quietPairNudges: false };
    expect((response.json() as Settings).choices).toEqual(expected);
    expect(await choicesOf(mentorAccountId)).toEqual(expected);

    const again = await mentor.inject({ method: 'PUT', url: '/api/me/notifications', payload: {} });
    expect((again.json() as Settings).choices).toEqual(expected); // an empty change changes nothing

    const audit = await auditOf(mentorAccountId);
    expect(audit).toEqual([
      {
        action: 'notifications.changed',
        detail: { via: 'settings', turnedOn: [], turnedOff: ['meetingReminders', 'quietPairNudges'] },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(w.mentor.email);

    await mentor.inject({ method: 'PUT', url: '/api/me/notifications', payload: { meetingReminders: true } });
    expect((await choicesOf(mentorAccountId)).meetingReminders).toBe(true);
  });

  it('refuses an unknown kind or a value that is not true or false, in words', async () => {
    for (const payload of [{ smsAlerts: true }, { meetingReminders: 'no' }]) {
      const response = await mentor.inject({ method: 'PUT', url: '/api/me/notifications', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('validation');
    }
  });

  it('is for signed-in members, and a change needs the CSRF token', async () => {
    expect((await w.t.app.inject({ method: 'GET', url: '/api/me/notifications' })).statusCode).toBe(401);
    const put = await w.t.app.inject({
      method: 'PUT',
      url: '/api/me/notifications',
      headers: { cookie: mentor.cookie },
      payload: { weeklyDigest: false },
    });
    expect(put.statusCode).toBe(403);
  });
});

describe('the unsubscribe link', () => {
  let menteeAccountId: string;
  beforeAll(async () => {
    menteeAccountId = (await findAccountByEmail(w.db, w.mentee.email))!.id;
  });

  it("shows whose link it is (the email masked), the organisation, and the member's choices", async () => {
    const response = await w.t.app.inject({
      method: 'GET',
      url: `/api/unsubscribe?token=${encodeURIComponent(tokenFor(menteeAccountId))}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      orgName: `Org ${SLUG}`,
      email: maskEmail(w.mentee.email),
      choices: DEFAULT_NOTIFICATION_CHOICES,
      kinds: PARTICIPANT_KINDS.map((kind) => expect.objectContaining({ kind })),
    });
    expect(response.body).not.toContain(w.mentee.email);
    expect(maskEmail('sam.okafor@northwind.example')).toBe('s•••r@northwind.example');
    expect(maskEmail('jo@x.example')).toBe('j•••@x.example');
  });

  it('answers 404 in plain words for a broken, forged, missing or foreign token', async () => {
    const good = tokenFor(menteeAccountId);
    const forged = `${w.orgId}.${mentorAccountId}.${good.split('.')[2]}`; // another member, the mentee's mac
    const otherOrg = tokenFor(menteeAccountId, 'another-org-id');
    for (const query of [
      `?token=${good.slice(0, -2)}`,
      `?token=${forged}`,
      `?token=${otherOrg}`,
      '',
      '?token=x',
    ]) {
      const response = await w.t.app.inject({ method: 'GET', url: `/api/unsubscribe${query}` });
      expect(response.statusCode, query).toBe(404);
      expect(response.json().error.message).toMatch(/link does not work/);
      const post = await w.t.app.inject({ method: 'POST', url: `/api/unsubscribe${query}`, payload: {} });
      expect(post.statusCode, query).toBe(404);
    }
    expect(await choicesOf(menteeAccountId)).toEqual(DEFAULT_NOTIFICATION_CHOICES);
    expect(await choicesOf(mentorAccountId)).not.toEqual(NO_NOTIFICATIONS);
  });

  it('turns every optional email off with the one-click form a mail app posts, without a session', async () => {
    const response = await w.t.app.inject({
      method: 'POST',
      url: `/api/unsubscribe?token=${encodeURIComponent(tokenFor(menteeAccountId))}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ orgName: `Org ${SLUG}`, choices: NO_NOTIFICATIONS });
    expect(await choicesOf(menteeAccountId)).toEqual(NO_NOTIFICATIONS);
    expect(await auditOf(menteeAccountId)).toEqual([
      {
        action: 'notifications.changed',
        detail: { via: 'unsubscribe_link', turnedOn: [], turnedOff: [...NOTIFICATION_KINDS] },
      },
    ]);
  });

  it('sets single choices from the page, and turns all off with an empty body or none', async () => {
    const url = `/api/unsubscribe?token=${encodeURIComponent(tokenFor(menteeAccountId))}`;
    const on = await w.t.app.inject({ method: 'POST', url, payload: { meetingReminders: true } });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().choices).toEqual({ ...NO_NOTIFICATIONS, meetingReminders: true });

    const empty = await w.t.app.inject({ method: 'POST', url, payload: {} });
    expect(empty.json().choices).toEqual(NO_NOTIFICATIONS);

    await w.t.app.inject({ method: 'POST', url, payload: { checkInReminders: true } });
    const noBody = await w.t.app.inject({ method: 'POST', url });
    expect(noBody.statusCode, noBody.body).toBe(200);
    expect(await choicesOf(menteeAccountId)).toEqual(NO_NOTIFICATIONS);

    const bad = await w.t.app.inject({ method: 'POST', url, payload: { smsAlerts: false } });
    expect(bad.statusCode).toBe(400);
  });

  it('works from the link in an optional email, and stops working once the member has left', async () => {
    const hrAccountId = (await findAccountByEmail(w.db, `hr@${SLUG}.example`))!.id;
    await w.t.deps.mailer.send(w.db, {
      orgId: w.orgId,
      to: `hr@${SLUG}.example`,
      subject: 'Your weekly digest',
      text: 'Hello Hana,\n\nThree pairs need attention.',
      unsubscribeUrl: unsubscribeUrl(w.t.deps, w.orgId, hrAccountId),
    });
    const { items } = await listOutbox(w.db, w.orgId, { limit: 100, offset: 0 });
    const sent = await getOutboxMessage(
      w.db,
      w.orgId,
      items.find((i) => i.subject === 'Your weekly digest')!.id,
    );
    const link = /Stop these emails: (\S+)/.exec(sent!.text)?.[1];
    expect(link).toMatch(/^http:\/\/localhost:3000\/unsubscribe\?token=/);
    const api = `/api${new URL(link!).pathname}${new URL(link!).search}`;

    const response = await w.t.app.inject({ method: 'POST', url: api, payload: {} });
    expect(response.statusCode, response.body).toBe(200);
    expect(await choicesOf(hrAccountId)).toEqual(NO_NOTIFICATIONS);

    await w.db
      .delete(memberships)
      .where(and(eq(memberships.orgId, w.orgId), eq(memberships.accountId, hrAccountId)));
    expect((await w.t.app.inject({ method: 'GET', url: api })).statusCode).toBe(404);
  });
});
