import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertOrganisation } from '#store/organisations-store';
import {
  listDigestPrograms,
  listDigestRecipients,
  listPendingAgreements,
  listQuietPairs,
  listUpcomingMeetings,
} from '#store/reminders-store';
import { accounts, concerns, pairs, programs, repairRequests } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import {
  addAgreement,
  addMeeting,
  addMember,
  addOpenCheckIn,
  chooseEmails,
  daysFrom,
  hoursFrom,
  setPairStarted,
  setPairStatus,
} from '#tests/fixtures/reminder-builders';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

const plan = [
  { title: 'First topic', guide: '' },
  { title: 'Second topic', guide: '' },
  { title: 'Third topic', guide: '' },
];

describeEachDriver('reminders store', (database) => {
  const now = new Date('2026-11-16T07:00:00Z');

  it('finds scheduled meetings starting in the next 24 hours of active pairs in running programs, with the workspace’s topic', async () => {
    const { db } = database();
    const a = await buildWorkspace(db, { slug: 'rs-up-a', meetings: 0, topicPlan: plan });
    await addMeeting(db, a, daysFrom(now, -7), { status: 'held', logged: true }); // First topic
    await addMeeting(db, a, hoursFrom(now, -1)); // Second topic, already started
    const soon = await addMeeting(db, a, hoursFrom(now, 2)); // Third topic
    await addMeeting(db, a, hoursFrom(now, 3), { status: 'cancelled' });
    const own = await addMeeting(db, a, hoursFrom(now, 5), { customTopic: 'Our own topic' });
    await addMeeting(db, a, hoursFrom(now, 25));
    const b = await buildWorkspace(db, { slug: 'rs-up-b', meetings: 0, topicPlan: [] });
    const other = await addMeeting(db, b, hoursFrom(now, 24));
    const ended = await buildWorkspace(db, { slug: 'rs-up-ended', meetings: 0 });
    await addMeeting(db, ended, hoursFrom(now, 4));
    await setPairStatus(db, ended.pairId, 'ended');
    const closed = await buildWorkspace(db, { slug: 'rs-up-closed', meetings: 0 });
    await addMeeting(db, closed, hoursFrom(now, 4));
    await setProgramPhase(db, closed.programId, 'closed');

    const rows = await listUpcomingMeetings(db, { after: now, until: hoursFrom(now, 24) });
    const ours = rows.filter((r) => [a.pairId, b.pairId, ended.pairId, closed.pairId].includes(r.pairId));
    expect(ours.map((r) => [r.meetingId, r.topicTitle])).toEqual([
      [soon, 'Third topic'],
      [own, 'Our own topic'],
      [other, null],
    ]);
    expect(ours[0]).toEqual({
      meetingId: soon,
      pairId: a.pairId,
      orgId: a.orgId,
      orgName: 'Org rs-up-a',
      programName: 'Reverse rs-up-a',
      startsAt: hoursFrom(now, 2),
      durationMinutes: 60,
      mode: 'video',
      place: '',
      videoUrl: 'https://meet.example/pair',
      topicTitle: 'Third topic',
      mentor: {
        personId: a.mentor.personId,
        name: a.mentor.name,
        email: a.mentor.email,
        timeZone: 'Europe/London',
      },
      mentee: {
        personId: a.mentee.personId,
        name: a.mentee.name,
        email: a.mentee.email,
        timeZone: 'Europe/Berlin',
      },
    });
    expect(ours[2]).toMatchObject({
      orgId: b.orgId,
      orgName: 'Org rs-up-b',
      mentor: { email: b.mentor.email },
    });
  });

  it('finds pairs started three days ago or more whose agreement is not agreed, with who accepted', async () => {
    const { db } = database();
    const unopened = await buildWorkspace(db, { slug: 'rs-ag-none', meetings: 0 });
    await setPairStarted(db, unopened.pairId, daysFrom(now, -5));
    const half = await buildWorkspace(db, { slug: 'rs-ag-half', meetings: 0 });
    await setPairStarted(db, half.pairId, daysFrom(now, -8));
    await addAgreement(db, half, { mentor: daysFrom(now, -6) });
    const agreed = await buildWorkspace(db, { slug: 'rs-ag-done', meetings: 0 });
    await setPairStarted(db, agreed.pairId, daysFrom(now, -8));
    await addAgreement(db, agreed, { mentor: daysFrom(now, -6), mentee: daysFrom(now, -5) });
    const fresh = await buildWorkspace(db, { slug: 'rs-ag-fresh', meetings: 0 });
    await setPairStarted(db, fresh.pairId, daysFrom(now, -1));
    const paused = await buildWorkspace(db, { slug: 'rs-ag-paused', meetings: 0 });
    await setPairStarted(db, paused.pairId, daysFrom(now, -5));
    await setPairStatus(db, paused.pairId, 'paused');

    const ids = [unopened, half, agreed, fresh, paused].map((w) => w.pairId);
    const rows = (await listPendingAgreements(db, daysFrom(now, -3))).filter((r) => ids.includes(r.pairId));
    expect(rows.map((r) => [r.pairId, r.mentorAccepted, r.menteeAccepted])).toEqual([
      [half.pairId, true, false],
      [unopened.pairId, false, false],
    ]);
    expect(rows[1]).toMatchObject({
      orgId: unopened.orgId,
      orgName: 'Org rs-ag-none',
      programName: 'Reverse rs-ag-none',
      startedAt: daysFrom(now, -5),
      mentee: { personId: unopened.mentee.personId, email: unopened.mentee.email },
    });
  });

  it('finds quiet pairs from their latest held or logged meeting, else the first planned, else the start', async () => {
    const { db } = database();
    const spec = { meetings: 0 } as const;
    const longAgo = await buildWorkspace(db, { slug: 'rs-q-held', ...spec });
    await addMeeting(db, longAgo, daysFrom(now, -60), { status: 'held', logged: true });
    await addMeeting(db, longAgo, daysFrom(now, -40), { status: 'held', logged: true });
    await addMeeting(db, longAgo, daysFrom(now, -20), { status: 'cancelled' });
    const recent = await buildWorkspace(db, { slug: 'rs-q-recent', ...spec });
    await addMeeting(db, recent, daysFrom(now, -50), { status: 'held', logged: true });
    await addMeeting(db, recent, daysFrom(now, -10), { status: 'missed', logged: true });
    const never = await buildWorkspace(db, { slug: 'rs-q-never', ...spec });
    await setPairStarted(db, never.pairId, daysFrom(now, -35));
    const unlogged = await buildWorkspace(db, { slug: 'rs-q-unlogged', ...spec });
    await addMeeting(db, unlogged, daysFrom(now, -45));
    await addMeeting(db, unlogged, daysFrom(now, -31));
    const upcoming = await buildWorkspace(db, { slug: 'rs-q-upcoming', ...spec });
    await setPairStarted(db, upcoming.pairId, daysFrom(now, -40));
    await addMeeting(db, upcoming, daysFrom(now, 2));
    const young = await buildWorkspace(db, { slug: 'rs-q-young', ...spec });
    await setPairStarted(db, young.pairId, daysFrom(now, -29));

    const all = [longAgo, recent, never, unlogged, upcoming, young];
    const rows = (await listQuietPairs(db, now, daysFrom(now, -30))).filter((r) =>
      all.some((w) => w.pairId === r.pairId),
    );
    const byPair = new Map(rows.map((r) => [r.pairId, r]));
    expect(new Set(byPair.keys())).toEqual(new Set([longAgo.pairId, never.pairId, unlogged.pairId]));
    expect(byPair.get(longAgo.pairId)).toMatchObject({
      latestHeld: daysFrom(now, -40),
      firstPlanned: daysFrom(now, -60),
    });
    expect(byPair.get(never.pairId)).toMatchObject({
      latestHeld: null,
      firstPlanned: null,
      startedAt: daysFrom(now, -35),
    });
    expect(byPair.get(unlogged.pairId)).toMatchObject({
      latestHeld: null,
      firstPlanned: daysFrom(now, -45),
      orgName: 'Org rs-q-unlogged',
      mentor: { email: unlogged.mentor.email },
    });
  });

  it('lists each organisation’s enabled program managers with their choices and best name', async () => {
    const { db } = database();
    const ws = await buildWorkspace(db, { slug: 'rs-pm', meetings: 0 });
    const hr = await addMember(db, ws.orgId, {
      email: 'hr@rs-pm.example',
      name: 'hr-account',
      personId: ws.mentee.personId,
      roles: ['program_manager'],
    });
    const bare = await addMember(db, ws.orgId, {
      email: 'bare@rs-pm.example',
      name: 'Bea Bare',
      roles: ['program_manager', 'org_admin'],
    });
    await chooseEmails(db, ws.orgId, bare, { weeklyDigest: false });
    await addMember(db, ws.orgId, { email: 'p@rs-pm.example', name: 'Pat', roles: ['participant'] });
    const gone = await addMember(db, ws.orgId, {
      email: 'gone@rs-pm.example',
      name: 'Gone',
      roles: ['program_manager'],
    });
    await db.update(accounts).set({ disabled: true }).where(eq(accounts.id, gone));
    const elsewhere = await insertOrganisation(db, { slug: 'rs-pm-other', name: 'Elsewhere' });
    const theirs = await addMember(db, elsewhere.id, {
      email: 'hr@rs-pm-other.example',
      name: 'Their HR',
      roles: ['program_manager'],
    });

    const rows = (await listDigestRecipients(db)).filter((r) => [ws.orgId, elsewhere.id].includes(r.orgId));
    expect(rows.map((r) => [r.orgId, r.accountId, r.email, r.name, r.choices.weeklyDigest])).toEqual(
      expect.arrayContaining([
        [ws.orgId, hr, 'hr@rs-pm.example', ws.mentee.name, true],
        [ws.orgId, bare, 'bare@rs-pm.example', 'Bea Bare', false],
        [elsewhere.id, theirs, 'hr@rs-pm-other.example', 'Their HR', true],
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.accountId === bare)).toMatchObject({
      orgName: `Org rs-pm`,
      choices: { meetingReminders: true },
    });
  });

  it('counts each running program’s open concerns, open repair requests and this week’s check-in answers', async () => {
    const { db } = database();
    const ws = await buildWorkspace(db, { slug: 'rs-dg', meetings: 0 });
    const raise = (status: 'open' | 'resolved') =>
      db.insert(concerns).values({
        orgId: ws.orgId,
        programId: ws.programId,
        pairId: ws.pairId,
        raisedByPersonId: ws.mentor.personId,
        subject: 'Private words',
        status,
      });
    await raise('open');
    await raise('open');
    await raise('resolved');
    await db.insert(repairRequests).values([
      {
        orgId: ws.orgId,
        pairId: ws.pairId,
        requestedByPersonId: ws.mentee.personId,
        reason: 'x',
        status: 'open',
      },
      {
        orgId: ws.orgId,
        pairId: ws.pairId,
        requestedByPersonId: ws.mentor.personId,
        reason: 'y',
        status: 'resolved',
      },
    ]);
    await addOpenCheckIn(db, ws, {
      title: 'Midpoint check-in',
      opensOn: '2026-11-05',
      closesOn: '2026-11-19',
      recipients: [
        { personId: ws.mentor.personId, answeredAt: daysFrom(now, -2) },
        { personId: ws.mentee.personId, answeredAt: daysFrom(now, -9) },
      ],
    });
    const quiet = await buildWorkspace(db, { slug: 'rs-dg-quiet', meetings: 0 });
    const over = await buildWorkspace(db, { slug: 'rs-dg-over', meetings: 0 });
    await setProgramPhase(db, over.programId, 'closed');
    // Another organisation's concern on the same program id cannot exist; one on its own program stays there.
    await db.insert(concerns).values({
      orgId: quiet.orgId,
      programId: quiet.programId,
      pairId: quiet.pairId,
      raisedByPersonId: quiet.mentor.personId,
      subject: 'Theirs',
    });

    const rows = await listDigestPrograms(db, { since: daysFrom(now, -7), today: '2026-11-16' });
    const ours = rows.filter((r) => [ws.programId, quiet.programId, over.programId].includes(r.programId));
    expect(ours).toEqual(
      [
        {
          orgId: ws.orgId,
          programId: ws.programId,
          name: 'Reverse rs-dg',
          phase: 'active',
          openConcerns: 2,
          openRepairRequests: 1,
          responsesThisWeek: 1,
          openCheckIns: [{ title: 'Midpoint check-in', invited: 2, responded: 2 }],
        },
        {
          orgId: quiet.orgId,
          programId: quiet.programId,
          name: 'Reverse rs-dg-quiet',
          phase: 'active',
          openConcerns: 1,
          openRepairRequests: 0,
          responsesThisWeek: 0,
          openCheckIns: [],
        },
      ].sort((x, y) => x.orgId.localeCompare(y.orgId)),
    );
    const after = await listDigestPrograms(db, { since: daysFrom(now, -7), today: '2026-11-20' });
    expect(after.find((r) => r.programId === ws.programId)?.openCheckIns).toEqual([]);
    await db.update(pairs).set({ status: 'ended' }).where(eq(pairs.id, ws.pairId));
    await db.update(programs).set({ phase: 'midpoint' }).where(eq(programs.id, ws.programId));
    expect(
      (await listDigestPrograms(db, { since: daysFrom(now, -7), today: '2026-11-16' })).find(
        (r) => r.programId === ws.programId,
      ),
    ).toMatchObject({ phase: 'midpoint', openRepairRequests: 1 });
  });
});
