import { expect, it } from 'vitest';
import { claimNotification } from '#store/sent-notifications-store';
import {
  addSurveyRecipients,
  getLiveSurvey,
  invitationKey,
  listOpenSurveys,
  listUnansweredUnreminded,
  listUninvited,
  markReminded,
  openDueSurveys,
  orgsWithLiveSurveys,
} from '#store/survey-recipients-store';
import { listCheckInsOf, saveSurveyResponse } from '#store/surveys-store';
import { addPair, programSurveysOf, setSurveyState } from '#tests/fixtures/check-in-builders';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

const NOW = new Date('2026-12-02T08:05:00Z');
const TODAY = '2026-12-02';

describeEachDriver('survey recipients store', (database) => {
  it('opens the surveys whose day has come in running programs only, once', async () => {
    const { db } = database();
    const running = await buildWorkspace(db, { slug: 'recipients-open' });
    const drafted = await buildWorkspace(db, { slug: 'recipients-open-draft' });
    await setProgramPhase(db, drafted.programId, 'matching');
    const mine = await programSurveysOf(db, running.orgId, running.programId);
    const theirs = await programSurveysOf(db, drafted.orgId, drafted.programId);
    // The kickoff survey's closing day has passed (2026-09-15): it is never opened.
    expect(await orgsWithLiveSurveys(db, TODAY)).toEqual(
      expect.arrayContaining([running.orgId, drafted.orgId]),
    );

    expect(await openDueSurveys(db, running.orgId, TODAY, NOW)).toEqual([mine.midpoint.id]);
    expect(await openDueSurveys(db, running.orgId, TODAY, NOW)).toEqual([]);
    expect(await openDueSurveys(db, drafted.orgId, TODAY, NOW)).toEqual([]);
    expect(await openDueSurveys(db, running.orgId, '2026-09-05', NOW)).toEqual([mine.kickoff.id]);

    const open = await listOpenSurveys(db, running.orgId, TODAY);
    expect(open.map((s) => [s.id, s.programName])).toEqual([[mine.midpoint.id, `Reverse recipients-open`]]);
    expect(await listOpenSurveys(db, drafted.orgId, TODAY)).toEqual([]);
    expect(await getLiveSurvey(db, drafted.orgId, mine.midpoint.id)).toBeUndefined();
    expect((await getLiveSurvey(db, drafted.orgId, theirs.final.id))?.timing).toBe('final');
  });

  it('invites each person of an active or paused pair once, for their longest-running pair, and newcomers later', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'recipients-invite' });
    const { midpoint } = await programSurveysOf(db, w.orgId, w.programId);
    const paused = await addPair(db, w.orgId, w.programId, 'paused', { status: 'paused' });
    await addPair(db, w.orgId, w.programId, 'ended', { status: 'ended' });
    const second = await addPair(db, w.orgId, w.programId, 'second', {
      mentor: w.mentor,
      startedAt: new Date(Date.now() + 86_400_000),
    });

    expect(await addSurveyRecipients(db, w.orgId, midpoint, NOW)).toBe(5);
    expect(await addSurveyRecipients(db, w.orgId, midpoint, NOW)).toBe(0);
    const [mentorCheckIn, ...others] = await listCheckInsOf(db, w.orgId, w.mentor.personId);
    expect(others).toEqual([]);
    expect(mentorCheckIn).toMatchObject({ side: 'mentor', partnerName: w.mentee.name });
    expect((await listCheckInsOf(db, w.orgId, second.mentee.personId))[0]).toMatchObject({
      side: 'mentee',
      partnerName: w.mentor.name,
    });

    const later = await addPair(db, w.orgId, w.programId, 'later');
    expect(await addSurveyRecipients(db, w.orgId, midpoint, NOW)).toBe(2);
    const uninvited = await listUninvited(db, w.orgId, midpoint.id);
    expect(uninvited.map((r) => r.personId).sort()).toEqual(
      [
        w.mentor.personId,
        w.mentee.personId,
        paused.mentor.personId,
        paused.mentee.personId,
        second.mentee.personId,
        later.mentor.personId,
        later.mentee.personId,
      ].sort(),
    );
    expect(uninvited.find((r) => r.personId === later.mentee.personId)).toMatchObject({
      email: later.mentee.email,
      name: later.mentee.name,
      partnerName: later.mentor.name,
      side: 'mentee',
    });
  });

  it('lists only those whose invitation has not been sent, and reminds each once', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'recipients-remind' });
    const other = await buildWorkspace(db, { slug: 'recipients-remind-other' });
    const { midpoint } = await programSurveysOf(db, w.orgId, w.programId);
    await setSurveyState(db, w.orgId, midpoint.id, { openedAt: NOW });
    await addSurveyRecipients(db, w.orgId, midpoint, NOW);
    await claimNotification(db, {
      orgId: w.orgId,
      key: invitationKey(midpoint.id, w.mentor.personId),
      kind: 'survey-invitation',
      toAddress: w.mentor.email,
    });
    await claimNotification(db, {
      orgId: other.orgId,
      key: invitationKey(midpoint.id, w.mentee.personId),
      kind: 'survey-invitation',
      toAddress: w.mentee.email,
    });
    expect((await listUninvited(db, w.orgId, midpoint.id)).map((r) => r.personId)).toEqual([
      w.mentee.personId,
    ]);
    expect(await listUninvited(db, other.orgId, midpoint.id)).toEqual([]);

    const [mentorRow, menteeRow] = await Promise.all(
      [w.mentor, w.mentee].map(async (p) => (await listCheckInsOf(db, w.orgId, p.personId))[0]!),
    );
    await saveSurveyResponse(
      db,
      w.orgId,
      { surveyId: midpoint.id, recipientId: mentorRow!.recipientId, answers: { midpoint_going: 5 } },
      NOW,
    );
    const waiting = await listUnansweredUnreminded(db, w.orgId, midpoint.id);
    expect(waiting.map((r) => [r.personId, r.respondedAt, r.remindedAt])).toEqual([
      [w.mentee.personId, null, null],
    ]);
    await markReminded(db, other.orgId, menteeRow!.recipientId, NOW);
    expect(await listUnansweredUnreminded(db, w.orgId, midpoint.id)).toHaveLength(1);
    await markReminded(db, w.orgId, menteeRow!.recipientId, NOW);
    expect(await listUnansweredUnreminded(db, w.orgId, midpoint.id)).toEqual([]);
  });
});
