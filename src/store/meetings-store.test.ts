import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addGoalUpdate,
  countSideGoals,
  insertGoal,
  listGoalUpdates,
  listPairGoals,
} from '#store/goals-store';
import {
  deleteOwnNote,
  getPairWithMeetingSeenBy,
  getPairWithMeetingsSeenBy,
  listLessons,
  listOwnNoteCiphertexts,
  listPairMeetingsSeenBy,
  type MeetingLog,
  upsertOwnNote,
  writeMeetingLog,
} from '#store/meetings-store';
import { auditEvents, meetingLessons, meetings, privateNotes } from '#store/schema';
import { addSkills, listSkills } from '#store/skills-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { createTestDatabase, type TestDatabase } from '#tests/fixtures/test-database';
import { buildWorkspace, daysFromNow } from '#tests/fixtures/workspace-builders';

describeEachDriver('meetings store reads', (database) => {
  it('lists a pair’s meetings in time order with their schedule, never another tenant’s', async () => {
    const { db } = database();
    const a = await buildWorkspace(db, {
      slug: 'reads-a',
      meetings: 3,
      schedule: { mode: 'in_person', place: 'Room 4' },
    });
    const b = await buildWorkspace(db, { slug: 'reads-b', meetings: 2 });
    // Moving the first meeting after the second changes the order.
    await db
      .update(meetings)
      .set({ startsAt: daysFromNow(-1) })
      .where(eq(meetings.id, a.meetingIds[0]!));
    const listed = await listPairMeetingsSeenBy(db, a.orgId, a.pairId, a.mentor.personId);
    expect(listed.map((m) => m.id)).toEqual([a.meetingIds[1], a.meetingIds[0], a.meetingIds[2]]);
    expect(listed[0]?.schedule).toMatchObject({
      mode: 'in_person',
      place: 'Room 4',
      timeZone: 'Europe/London',
    });
    expect(listed[0]).toMatchObject({ loggedByName: null, lessons: [], ownNoteCiphertext: null });

    expect(await listPairMeetingsSeenBy(db, b.orgId, a.pairId, a.mentor.personId)).toEqual([]);
    const withPair = await getPairWithMeetingsSeenBy(db, a.orgId, a.pairId, a.mentor.personId);
    expect(withPair?.pair.id).toBe(a.pairId);
    expect(withPair?.program.id).toBe(withPair?.pair.programId);
    expect(withPair?.meetings).toEqual(listed);
    expect(await getPairWithMeetingsSeenBy(db, b.orgId, a.pairId, a.mentor.personId)).toBeUndefined();
    const empty = await buildWorkspace(db, { slug: 'reads-empty', meetings: 0 });
    expect(
      (await getPairWithMeetingsSeenBy(db, empty.orgId, empty.pairId, empty.mentor.personId))?.meetings,
    ).toEqual([]);

    // one meeting with its pair's outlines: the same order and the same meeting as the list
    const one = await getPairWithMeetingSeenBy(db, a.orgId, a.pairId, a.meetingIds[0]!, a.mentor.personId);
    expect(one?.pair.id).toBe(a.pairId);
    expect(one?.program.id).toBe(a.programId);
    expect(one?.outlines).toEqual(
      listed.map(({ id, status, topicIndex, customTopic }) => ({ id, status, topicIndex, customTopic })),
    );
    expect(one?.meeting).toEqual(listed[1]);
    // another pair's meeting is not this pair's; another tenant gets nothing
    const stranger = await getPairWithMeetingSeenBy(
      db,
      a.orgId,
      a.pairId,
      b.meetingIds[0]!,
      a.mentor.personId,
    );
    expect(stranger?.meeting).toBeUndefined();
    expect(stranger?.outlines).toHaveLength(3);
    expect(
      await getPairWithMeetingSeenBy(db, b.orgId, a.pairId, a.meetingIds[0]!, a.mentor.personId),
    ).toBeUndefined();
    expect(
      await getPairWithMeetingSeenBy(db, empty.orgId, empty.pairId, 'none', empty.mentor.personId),
    ).toMatchObject({ outlines: [], meeting: undefined });
  });

  it('gives each meeting its own lessons, never another meeting’s or another pair’s', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'reads-lessons', meetings: 3 });
    const other = await buildWorkspace(db, { slug: 'reads-lessons-other', meetings: 1 });
    const log = (orgId: string, meetingId: string, personId: string, mentor: string[], mentee: string[]) =>
      writeMeetingLog(
        db,
        orgId,
        meetingId,
        {
          status: 'held',
          sharedNotes: '',
          loggedByPersonId: personId,
          loggedAt: new Date(),
          side: 'mentor',
          pulse: null,
          taught: { mentor, mentee },
        },
        { actorAccountId: null, detail: {} },
      );
    await log(w.orgId, w.meetingIds[0]!, w.mentor.personId, ['Budgets', 'Agile'], []);
    await log(w.orgId, w.meetingIds[2]!, w.mentor.personId, [], ['TikTok']);
    await log(other.orgId, other.meetingIds[0]!, other.mentor.personId, ['Elsewhere'], ['Elsewhere']);
    const lessons = (await listPairMeetingsSeenBy(db, w.orgId, w.pairId, w.mentee.personId)).map((m) =>
      m.lessons.map((l) => `${l.taughtBy}:${l.skill}`),
    );
    expect(lessons).toEqual([['mentor:Agile', 'mentor:Budgets'], [], ['mentee:TikTok']]);
    const one = await getPairWithMeetingSeenBy(db, w.orgId, w.pairId, w.meetingIds[2]!, w.mentee.personId);
    expect(one?.meeting?.lessons).toEqual([{ taughtBy: 'mentee', skill: 'TikTok' }]);
  });

  it('reads back logs, lessons by skill name and only the author’s own note', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'reads-log', meetings: 1 });
    const id = w.meetingIds[0]!;
    await addSkills(db, w.orgId, ['SQL', 'Negotiation']);
    const audit = { actorAccountId: null, detail: { pairId: w.pairId } };
    const log = (taught: MeetingLog['taught'], side: 'mentor' | 'mentee' = 'mentee') =>
      writeMeetingLog(
        db,
        w.orgId,
        id,
        {
          status: 'held',
          sharedNotes: 'Good chat',
          loggedByPersonId: w[side].personId,
          loggedAt: new Date(),
          side,
          pulse: 5,
          taught,
        },
        audit,
      );
    const written = await log({ mentor: ['sql', 'Listening'], mentee: ['NEGOTIATION', 'listening'] });
    // existing names keep their case, a new one is added once, as first typed
    expect((await listSkills(db, w.orgId)).map((s) => s.name)).toEqual(['Listening', 'Negotiation', 'SQL']);
    const [row] = await listPairMeetingsSeenBy(db, w.orgId, w.pairId, w.mentor.personId);
    expect(row).toMatchObject({
      status: 'held',
      sharedNotes: 'Good chat',
      loggedByName: w.mentee.name,
      menteePulse: 5,
      mentorPulse: null,
    });
    const bySide = (lessons: readonly { taughtBy: string; skill: string }[]) =>
      ['mentor', 'mentee'].map((side) => lessons.filter((l) => l.taughtBy === side).map((l) => l.skill));
    expect(bySide(row?.lessons ?? [])).toEqual([
      ['Listening', 'SQL'],
      ['Listening', 'Negotiation'],
    ]);
    // the write answers what the list then shows
    expect(bySide(written.lessons)).toEqual(bySide(row?.lessons ?? []));
    expect(written.loggedByName).toBe(w.mentee.name);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.target, id))).toMatchObject([
      { action: 'meeting.logged', orgId: w.orgId, target: id, detail: {} },
    ]);

    // a second log keeps the lessons that stay, drops those gone and adds the new one; the pulse
    // lands in the logger's own column
    const staying = (await db.select().from(meetingLessons).where(eq(meetingLessons.meetingId, id))).filter(
      (l) => l.taughtBy === 'mentor',
    );
    await log({ mentor: ['SQL', 'listening'], mentee: ['Coaching'] }, 'mentor');
    const after = await db.select().from(meetingLessons).where(eq(meetingLessons.meetingId, id));
    expect(
      after
        .filter((l) => l.taughtBy === 'mentor')
        .map((l) => l.id)
        .sort(),
    ).toEqual(staying.map((l) => l.id).sort());
    expect((await listLessons(db, w.orgId, [id])).map((l) => [l.taughtBy, l.skill])).toEqual([
      ['mentee', 'Coaching'],
      ['mentor', 'Listening'],
      ['mentor', 'SQL'],
    ]);
    const [again] = await listPairMeetingsSeenBy(db, w.orgId, w.pairId, w.mentor.personId);
    expect(again).toMatchObject({ loggedByName: w.mentor.name, mentorPulse: 5, menteePulse: 5 });
    // nothing taught clears the lessons
    expect((await log({ mentor: [], mentee: [] })).lessons).toEqual([]);
    expect(await listLessons(db, w.orgId, [id])).toEqual([]);

    await upsertOwnNote(
      db,
      { orgId: w.orgId, meetingId: id, authorPersonId: w.mentor.personId, ciphertext: 'v1.mine' },
      new Date(),
    );
    await upsertOwnNote(
      db,
      { orgId: w.orgId, meetingId: id, authorPersonId: w.mentee.personId, ciphertext: 'v1.theirs' },
      new Date(),
    );
    expect(await listOwnNoteCiphertexts(db, w.orgId, w.mentor.personId, [id])).toEqual(
      new Map([[id, 'v1.mine']]),
    );
    expect(await listOwnNoteCiphertexts(db, w.orgId, w.mentee.personId, [id])).toEqual(
      new Map([[id, 'v1.theirs']]),
    );
    // the list carries the reader's own note only, whoever reads it
    const seenBy = async (personId: string) =>
      (await listPairMeetingsSeenBy(db, w.orgId, w.pairId, personId))[0]?.ownNoteCiphertext;
    expect(await seenBy(w.mentor.personId)).toBe('v1.mine');
    expect(await seenBy(w.mentee.personId)).toBe('v1.theirs');
    const oneSeenBy = async (personId: string) =>
      (await getPairWithMeetingSeenBy(db, w.orgId, w.pairId, id, personId))?.meeting?.ownNoteCiphertext;
    expect(await oneSeenBy(w.mentor.personId)).toBe('v1.mine');
    expect(await oneSeenBy(w.mentee.personId)).toBe('v1.theirs');
  });
});

describe('meetings and goals store writes', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('upserts one note per meeting and author, and deletes only the author’s', async () => {
    const { db } = database;
    const w = await buildWorkspace(db, { slug: 'notes', meetings: 1 });
    const id = w.meetingIds[0]!;
    const note = (authorPersonId: string, ciphertext: string) =>
      upsertOwnNote(db, { orgId: w.orgId, meetingId: id, authorPersonId, ciphertext }, new Date());
    await note(w.mentor.personId, 'v1.first');
    await note(w.mentor.personId, 'v1.second');
    await note(w.mentee.personId, 'v1.partner');
    const rows = await db.select().from(privateNotes).where(eq(privateNotes.meetingId, id));
    expect(rows.map((r) => r.ciphertext).sort()).toEqual(['v1.partner', 'v1.second']);
    await deleteOwnNote(db, w.orgId, id, w.mentor.personId);
    expect(await listOwnNoteCiphertexts(db, w.orgId, w.mentor.personId, [id])).toEqual(new Map());
    expect(await listOwnNoteCiphertexts(db, w.orgId, w.mentee.personId, [id])).toEqual(
      new Map([[id, 'v1.partner']]),
    );
  });

  it('keeps goals per pair and organisation, with updates newest first', async () => {
    const { db } = database;
    const w = await buildWorkspace(db, { slug: 'goals', meetings: 0 });
    const other = await buildWorkspace(db, { slug: 'goals-other', meetings: 0 });
    const goal = await insertGoal(db, {
      orgId: w.orgId,
      pairId: w.pairId,
      side: 'mentee',
      title: 'Post weekly',
      createdByPersonId: w.mentee.personId,
      createdAt: new Date('2026-10-01T10:00:00Z'),
    });
    const base = { orgId: w.orgId, goalId: goal.id, authorPersonId: w.mentor.personId, note: '' };
    await addGoalUpdate(db, { ...base, progress: 20, createdAt: new Date('2026-10-02T10:00:00Z') }, null);
    const done = new Date('2026-10-03T10:00:00Z');
    await addGoalUpdate(db, { ...base, progress: 100, createdAt: done }, done);
    const [row] = await listPairGoals(db, w.orgId, w.pairId);
    expect(row).toMatchObject({ progress: 100, completedAt: done });
    expect((await listGoalUpdates(db, w.orgId, [goal.id])).map((u) => [u.progress, u.author])).toEqual([
      [100, w.mentor.name],
      [20, w.mentor.name],
    ]);
    expect(await countSideGoals(db, w.orgId, w.pairId, 'mentee')).toBe(1);
    expect(await countSideGoals(db, w.orgId, w.pairId, 'mentor')).toBe(0);
    expect(await listPairGoals(db, other.orgId, w.pairId)).toEqual([]);
    expect(await listGoalUpdates(db, other.orgId, [goal.id])).toEqual([]);
  });
});
