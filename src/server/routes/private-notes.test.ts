import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptNote } from '#server/crypto/note-cipher';
import { auditEvents, outbox, privateNotes } from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { type Who, type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

const MARKER = 'PRIVATE-NOTE-MARKER-7f3e';
const PARTNER_MARKER = 'PARTNER-NOTE-MARKER-c21a';

let w: WorkspaceApp;
let mentor: Session;
let mentee: Session;
let past: string;
let ahead: string;

const meetingUrl = (id: string, rest = '') => `/api/my/pairs/${w.pairId}/meetings/${id}${rest}`;
const saveNote = (s: Session, id: string, text: string) =>
  s.inject({ method: 'PUT', url: meetingUrl(id, '/private-note'), payload: { text } });
const noteIn = async (s: Session, id: string) => {
  const response = await s.inject({ method: 'GET', url: meetingUrl(id) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().myPrivateNote as string | null;
};

/** Every read of the workspace a person might try, with the answers' bodies. */
async function everythingSeenBy(s: Session): Promise<string> {
  const urls = [
    `/api/my/pairs/${w.pairId}/meetings`,
    `/api/my/pairs/${w.pairId}/workspace`,
    `/api/my/pairs/${w.pairId}/calendar.ics`,
    `/api/my/pairs/${w.pairId}/goals`,
    `/api/programs/${w.programId}/pairs`,
    '/api/admin/audit',
    '/api/admin/outbox',
    ...w.meetingIds.flatMap((id) => [meetingUrl(id), meetingUrl(id, '/calendar.ics')]),
  ];
  const bodies = await Promise.all(urls.map(async (url) => (await s.inject({ method: 'GET', url })).body));
  return bodies.join('\n');
}

beforeAll(async () => {
  w = await workspaceApp({ meetings: 3, everyDays: 14 });
  mentor = await w.as('mentor');
  mentee = await w.as('mentee');
  past = w.meetingIds[0]!;
  ahead = w.meetingIds[2]!;
});
afterAll(() => w.t.close());

describe('private notes', () => {
  it('are read back by their author, on past meetings and on ones ahead', async () => {
    const saved = await saveNote(mentor, past, `  ${MARKER} she seemed unsure about the roadmap\n`);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ myPrivateNote: `${MARKER} she seemed unsure about the roadmap` });
    expect(await noteIn(mentor, past)).toBe(`${MARKER} she seemed unsure about the roadmap`);
    expect((await saveNote(mentor, ahead, `${MARKER} ask about the budget`)).statusCode).toBe(200);
    const list = (await mentor.inject({ method: 'GET', url: `/api/my/pairs/${w.pairId}/meetings` })).json();
    expect(list.items.map((m: { myPrivateNote: string | null }) => m.myPrivateNote)).toEqual([
      `${MARKER} she seemed unsure about the roadmap`,
      null,
      `${MARKER} ask about the budget`,
    ]);
  });

  it('are each person’s own: the partner writes theirs and neither sees the other’s', async () => {
    expect((await saveNote(mentee, past, PARTNER_MARKER)).statusCode).toBe(200);
    expect(await noteIn(mentee, past)).toBe(PARTNER_MARKER);
    expect(await noteIn(mentor, past)).toBe(`${MARKER} she seemed unsure about the roadmap`);
    const seenByMentee = await everythingSeenBy(mentee);
    expect(seenByMentee).toContain(PARTNER_MARKER);
    expect(seenByMentee).not.toContain(MARKER);
    expect(await everythingSeenBy(mentor)).not.toContain(PARTNER_MARKER);
  });

  it('never reach HR, the sponsor, an admin, another participant or another organisation', async () => {
    for (const who of ['hr', 'admin', 'sponsor', 'outsider', 'otherTenant'] satisfies Who[]) {
      const s = await w.as(who);
      const seen = await everythingSeenBy(s);
      expect(seen, who).not.toContain(MARKER);
      expect(seen, who).not.toContain(PARTNER_MARKER);
      expect((await saveNote(s, past, 'overwrite')).statusCode, who).toBe(404);
    }
    expect(await noteIn(mentor, past)).toContain(MARKER);
  });

  it('are stored as ciphertext bound to the meeting and the author', async () => {
    const rows = await w.db.select().from(privateNotes).where(eq(privateNotes.meetingId, past));
    const row = rows.find((r) => r.authorPersonId === w.mentor.personId)!;
    expect(row.ciphertext).not.toContain(MARKER);
    expect(JSON.stringify(rows)).not.toContain(MARKER);
    const context = { orgId: w.orgId, meetingId: past, authorPersonId: w.mentor.personId };
    expect(decryptNote(w.t.deps.keys.notes, context, row.ciphertext)).toContain(MARKER);
    expect(
      decryptNote(w.t.deps.keys.notes, { ...context, authorPersonId: w.mentee.personId }, row.ciphertext),
    ).toBeUndefined();
    expect(
      decryptNote(w.t.deps.keys.notes, { ...context, meetingId: ahead }, row.ciphertext),
    ).toBeUndefined();
    expect(decryptNote(w.t.deps.keys.calendarFeeds, context, row.ciphertext)).toBeUndefined();
  });

  it('copied onto the partner’s row, a note does not decrypt for the partner', async () => {
    const [mine] = await w.db
      .select()
      .from(privateNotes)
      .where(eq(privateNotes.authorPersonId, w.mentor.personId));
    await w.db
      .update(privateNotes)
      .set({ ciphertext: mine!.ciphertext })
      .where(eq(privateNotes.authorPersonId, w.mentee.personId));
    expect(await noteIn(mentee, past)).toBeNull();
    expect(await everythingSeenBy(mentee)).not.toContain(MARKER);
  });

  it('stay out of the audit log and the outbox', async () => {
    const stored = JSON.stringify([await w.db.select().from(auditEvents), await w.db.select().from(outbox)]);
    expect(stored).not.toContain(MARKER);
    expect(stored).not.toContain(PARTNER_MARKER);
  });

  it('are deleted by saving empty text', async () => {
    const response = await saveNote(mentor, ahead, '   ');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ myPrivateNote: null });
    expect(await noteIn(mentor, ahead)).toBeNull();
    const rows = await w.db.select().from(privateNotes).where(eq(privateNotes.meetingId, ahead));
    expect(rows).toEqual([]);
  });

  it('refuse a note over 10,000 characters and a meeting of another pair', async () => {
    const tooLong = await saveNote(mentor, past, 'x'.repeat(10_001));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.issues[0].path).toEqual(['text']);
    expect((await saveNote(mentor, 'no-such-meeting', 'hello')).statusCode).toBe(404);
    expect(await noteIn(mentor, past)).toContain(MARKER);
  });
});
