import { z } from 'zod';
import { todayIn } from '#core/programs/calendar-dates';
import { isReminderDue, remindersCloseBy, surveyStatus } from '#core/surveys/survey-schedule';
import { questionsForSide } from '#core/surveys/survey-template';
import type { JobDefinition, JobDeps } from '#jobs/job-definition';
import {
  type CheckInMail,
  checkInInvitationEmail,
  checkInReminderEmail,
  minutesToAnswer,
} from '#server/mail/check-in-emails';
import type { MailMessage } from '#server/mail/mailer';
import { sendOnce } from '#server/mail/send-once';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import { getChoicesByPerson } from '#store/notification-settings-store';
import { getOrganisation } from '#store/organisations-store';
import {
  addSurveyRecipients,
  getLiveSurvey,
  invitationKey,
  type LiveSurvey,
  listOpenSurveys,
  listUnansweredUnreminded,
  listUninvited,
  markReminded,
  openDueSurveys,
  orgsWithLiveSurveys,
  type RecipientContact,
  reminderKey,
} from '#store/survey-recipients-store';

/**
 * Check-in invitations and reminders (issue 7), hourly at :05 and on demand when HR sends a check-in
 * (`{ orgId, surveyId }`: that survey only). A scheduled run, for every organisation:
 *  1. opens each scheduled survey whose opening day has come, in programs that are running;
 *  2. invites, for each open survey, everyone in an active or paused pair of its program who is not
 *     invited yet (pairs formed since it opened too), and emails each an invitation (always: it is the
 *     consequence of HR's program, not an optional email). People without an account get it too; its
 *     link leads to sign-in and it says to ask HR for an invitation;
 *  3. reminds, once, those who have not answered 3 days before it closes, if they chose check-in
 *     reminders (people without an account have no choices, and get no reminder).
 * Every email goes through `sendOnce` (`survey-invite:<surveyId>:<personId>`,
 * `survey-reminder:<surveyId>:<personId>`), so a retried or concurrent run sends nothing twice. A
 * refused email does not stop the others; the run then fails so that it is retried for what is left.
 */
const payload = z.object({ orgId: z.string().min(1), surveyId: z.string().min(1) }).partial();

type Run = {
  readonly deps: JobDeps;
  readonly orgId: string;
  readonly orgName: string;
  readonly today: string;
  readonly now: Date;
  readonly refusals: unknown[];
};

export const surveyInvitations: JobDefinition = {
  name: 'survey-invitations',
  cron: '5 * * * *',
  run: async (deps, data) => {
    const { orgId, surveyId } = payload.parse(data);
    const now = deps.now();
    const today = todayIn(now);
    const refusals: unknown[] = [];
    const { db } = deps.database;
    const orgIds = orgId ? [orgId] : await orgsWithLiveSurveys(db, today);
    for (const id of orgIds) {
      const org = await getOrganisation(db, id);
      if (!org) continue;
      const run: Run = { deps, orgId: id, orgName: org.name, today, now, refusals };
      if (surveyId) {
        const survey = await getLiveSurvey(db, id, surveyId);
        if (survey) await invite(run, survey);
        continue;
      }
      await openDueSurveys(db, id, today, now);
      for (const survey of await listOpenSurveys(db, id, today)) {
        await invite(run, survey);
        await remind(run, survey);
      }
    }
    if (refusals.length > 0)
      throw new Error(
        `The survey-invitations job could not send ${refusals.length} of its emails; it will be retried for those.`,
        { cause: refusals[0] },
      );
  },
};

function mailFor(run: Run, survey: LiveSurvey, r: RecipientContact): CheckInMail {
  const { template } = survey;
  return {
    orgId: run.orgId,
    orgName: run.orgName,
    to: { name: r.name, email: r.email },
    programName: survey.programName,
    partnerName: r.partnerName,
    title: template.title,
    intro: template.intro,
    audienceNote: template.audienceNote,
    closesOn: survey.closesOn,
    minutes: minutesToAnswer(questionsForSide(template, r.side)),
    url: `${run.deps.env.publicUrl}/my/check-ins/${r.recipientId}`,
  };
}

/** Sends one email once; a refusal is kept for the end of the run, the others still go. */
async function send(run: Run, key: string, kind: string, message: MailMessage): Promise<boolean> {
  try {
    await sendOnce(run.deps, { key, kind }, message);
    return true;
  } catch (error) {
    run.refusals.push(error);
    return false;
  }
}

async function invite(run: Run, survey: LiveSurvey): Promise<void> {
  const { db } = run.deps.database;
  if (surveyStatus(survey, run.today) !== 'open') return;
  await addSurveyRecipients(db, run.orgId, survey, run.now);
  const pending = await listUninvited(db, run.orgId, survey.id);
  const accounts = await getChoicesByPerson(
    db,
    run.orgId,
    pending.map((r) => r.personId),
  );
  for (const r of pending) {
    const message = checkInInvitationEmail({
      ...mailFor(run, survey, r),
      hasAccount: accounts.has(r.personId),
    });
    await send(run, invitationKey(survey.id, r.personId), 'checkInInvitation', message);
  }
}

async function remind(run: Run, survey: LiveSurvey): Promise<void> {
  const { db } = run.deps.database;
  if (survey.closesOn > remindersCloseBy(run.today)) return;
  const due = (await listUnansweredUnreminded(db, run.orgId, survey.id)).filter((r) =>
    isReminderDue(survey, r, run.today),
  );
  const choices = await getChoicesByPerson(
    db,
    run.orgId,
    due.map((r) => r.personId),
  );
  for (const r of due) {
    const member = choices.get(r.personId);
    if (!member?.choices.checkInReminders) continue;
    const message = checkInReminderEmail({
      ...mailFor(run, survey, r),
      unsubscribeUrl: unsubscribeUrl(run.deps, run.orgId, member.accountId),
    });
    if (await send(run, reminderKey(survey.id, r.personId), 'checkInReminders', message))
      await markReminded(db, run.orgId, r.recipientId, run.now);
  }
}
