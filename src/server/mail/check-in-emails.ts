import type { SurveyQuestion } from '#core/surveys/survey-template';
import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';

/**
 * The check-in emails the `survey-invitations` job sends (issue 7): the invitation, which always goes,
 * and one reminder before the check-in closes, for those who chose check-in reminders. Each says what
 * the check-in is, why the reader got it, how long it takes, who will see the answers and when it
 * closes, with one link. They never carry anyone's answers. The mailer adds the footer (the
 * organisation's name and the email-settings links).
 */

export type CheckInMail = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: { readonly name: string; readonly email: string };
  readonly programName: string;
  readonly partnerName: string;
  readonly title: string;
  readonly intro: string;
  /** The template's note on who sees the answers. */
  readonly audienceNote: string;
  /** YYYY-MM-DD: the last day answers are taken. */
  readonly closesOn: string;
  readonly minutes: number;
  /** `${publicUrl}/my/check-ins/<recipientId>` */
  readonly url: string;
};

/** About how long answering takes: a few seconds per choice, more for each written answer. */
export function minutesToAnswer(questions: readonly Pick<SurveyQuestion, 'kind'>[]): number {
  const seconds = questions.reduce(
    (sum, q) => sum + (q.kind === 'short_text' || q.kind === 'long_text' ? 90 : 20),
    0,
  );
  return Math.max(1, Math.ceil(seconds / 60));
}

/** "Tuesday 15 December 2026" */
export function dayWords(isoDate: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(`${isoDate}T12:00:00Z`));
  const f = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return `${f.weekday} ${f.day} ${f.month} ${f.year}`;
}

const minutesWords = (n: number) => (n === 1 ? 'about a minute' : `about ${n} minutes`);

type Block = string | { readonly url: string; readonly action: string };

function message(
  mail: CheckInMail,
  subject: string,
  blocks: readonly Block[],
  unsubscribeUrl?: string,
): MailMessage {
  const all: Block[] = [`Hello ${mail.to.name},`, ...blocks];
  const text = all.map((b) => (typeof b === 'string' ? b : `${b.action}: ${b.url}`));
  const html = all.map((b) =>
    typeof b === 'string'
      ? `<p>${escapeHtml(b).replaceAll('\n', '<br>')}</p>`
      : `<p><a href="${escapeHtml(b.url)}">${escapeHtml(b.action)}</a></p>`,
  );
  return {
    orgId: mail.orgId,
    to: mail.to.email,
    subject,
    text: text.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html.join('')}</body></html>`,
    ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
  };
}

/** A check-in has opened: what it is, who sees the answers, and the link to answer it. */
export function checkInInvitationEmail(mail: CheckInMail & { readonly hasAccount: boolean }): MailMessage {
  return message(mail, `Check-in: ${mail.title}`, [
    `${mail.programName} has a short check-in for you: “${mail.title}”. You get it because you are in a pair with ${mail.partnerName}.`,
    ...(mail.intro ? [mail.intro] : []),
    `It takes ${minutesWords(mail.minutes)}. You can answer until ${dayWords(mail.closesOn)}, and change your answers until then.`,
    `Who sees your answers: ${mail.audienceNote}`,
    { url: mail.url, action: 'Answer the check-in' },
    mail.hasAccount
      ? 'The link asks you to sign in to Counterpart if you are not signed in already.'
      : `The link asks you to sign in to Counterpart. If you have no account yet, ask HR at ${mail.orgName} for an invitation.`,
  ]);
}

/** Three days before a check-in closes, to someone who has not answered it. */
export function checkInReminderEmail(mail: CheckInMail & { readonly unsubscribeUrl: string }): MailMessage {
  return message(
    mail,
    `Reminder: “${mail.title}” closes on ${dayWords(mail.closesOn)}`,
    [
      `You have not answered the check-in “${mail.title}” in ${mail.programName} yet. It closes on ${dayWords(mail.closesOn)} and takes ${minutesWords(mail.minutes)}.`,
      `Who sees your answers: ${mail.audienceNote}`,
      { url: mail.url, action: 'Answer the check-in' },
      `You get this because check-in reminders are on in your email choices for ${mail.orgName}.`,
    ],
    mail.unsubscribeUrl,
  );
}
