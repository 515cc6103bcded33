import { isValidTimeZone } from '#core/calendar/zoned-time';
import type { DigestSection, HrDigest } from '#core/reminders/hr-digest';
import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';
import { whenIn } from '#server/mail/meeting-emails';

/**
 * The optional emails the reminder jobs send (issue 7): meeting reminders, kickoff agreement nudges,
 * quiet pair nudges and HR's weekly digest. Each greets by name, says why it came (the choice that is
 * on) and carries the one-click unsubscribe link; the mailer adds the footer (the organisation's name
 * and the links). They carry names, times and counts only: never private notes, concern text, pulses
 * or check-in answers.
 */

type Recipient = { readonly name: string; readonly email: string };

type ReminderMail = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: Recipient;
  /** `unsubscribeUrl(deps, orgId, accountId)`: every optional email has it. */
  readonly unsubscribeUrl: string;
};

type Link = { readonly url: string; readonly action: string };
type Block = string | { readonly heading: string } | { readonly link: Link };

function message(mail: ReminderMail, subject: string, blocks: readonly Block[]): MailMessage {
  const all: Block[] = [`Hello ${mail.to.name},`, ...blocks];
  const text = all.map((b) =>
    typeof b === 'string' ? b : 'heading' in b ? b.heading : `${b.link.action}: ${b.link.url}`,
  );
  const html = all.map((b) =>
    typeof b === 'string'
      ? `<p>${escapeHtml(b).replaceAll('\n', '<br>')}</p>`
      : 'heading' in b
        ? `<h3 style="margin:24px 0 4px">${escapeHtml(b.heading)}</h3>`
        : `<p><a href="${escapeHtml(b.link.url)}">${escapeHtml(b.link.action)}</a></p>`,
  );
  return {
    orgId: mail.orgId,
    to: mail.to.email,
    subject,
    text: text.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html.join('')}</body></html>`,
    unsubscribeUrl: mail.unsubscribeUrl,
  };
}

const why = (choice: string, orgName: string) =>
  `You get this because ${choice} are on in your email choices for ${orgName}.`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type PairMail = ReminderMail & {
  readonly to: Recipient & { readonly timeZone: string };
  readonly partnerName: string;
  readonly programName: string;
  /** `${publicUrl}/my/pairs/<pairId>` */
  readonly workspaceUrl: string;
};

/** The day before (within 24 hours of) a meeting, in the recipient's own time zone. */
export function meetingReminderEmail(
  mail: PairMail & {
    readonly startsAt: Date;
    readonly durationMinutes: number;
    readonly topicTitle: string | null;
    readonly mode: 'video' | 'in_person' | 'phone';
    readonly place: string;
    readonly videoUrl: string;
  },
): MailMessage {
  const zone = isValidTimeZone(mail.to.timeZone) ? mail.to.timeZone : 'UTC';
  const when = whenIn(mail.startsAt, zone);
  const where = {
    video: mail.videoUrl ? `Join the video call: ${mail.videoUrl}` : 'You meet by video call.',
    in_person: mail.place ? `You meet in person: ${mail.place}.` : 'You meet in person.',
    phone: mail.place ? `You meet by phone: ${mail.place}.` : 'You meet by phone.',
  }[mail.mode];
  return message(mail, `Reminder: your meeting with ${mail.partnerName}, ${when}`, [
    `Your next meeting with ${mail.partnerName} in ${mail.programName} is on ${when}, for ${mail.durationMinutes} minutes.`,
    ...(mail.topicTitle ? [`Topic: ${mail.topicTitle}.`] : []),
    where,
    { link: { url: mail.workspaceUrl, action: 'Open your pair workspace' } },
    why('meeting reminders', mail.orgName),
  ]);
}

/** The kickoff agreement is still waiting for the recipient, 3, 7 or 14 days after the pair started. */
export function agreementNudgeEmail(
  mail: PairMail & { readonly daysSinceStart: number; readonly partnerAccepted: boolean },
): MailMessage {
  return message(mail, `Your kickoff agreement with ${mail.partnerName} is waiting for you`, [
    `You and ${mail.partnerName} were paired in ${mail.programName} ${plural(mail.daysSinceStart, 'day', 'days')} ago. Your kickoff agreement sets your ground rules, what each of you wants to learn and when you meet.`,
    mail.partnerAccepted
      ? `${mail.partnerName} has accepted it: it only needs you now.`
      : 'It needs both of you to accept it; either of you can suggest changes first.',
    'Once you have both accepted, your meetings go into your calendars.',
    { link: { url: mail.workspaceUrl, action: 'Read and accept the agreement' } },
    why('kickoff agreement reminders', mail.orgName),
  ]);
}

/** No meeting held or logged for 30 days or more: a kind nudge to both, blaming no one. */
export function quietPairNudgeEmail(mail: PairMail & { readonly quietDays: number }): MailMessage {
  return message(mail, `It's been a while — pick a time with ${mail.partnerName}`, [
    `It's been a while since you and ${mail.partnerName} last met in ${mail.programName}: no meeting has been logged for ${mail.quietDays} days.`,
    'Busy weeks happen. Pick a time that suits you both; even a short conversation keeps things going. If you have met, log the meeting in your workspace so it counts.',
    { link: { url: mail.workspaceUrl, action: 'Pick a time in your workspace' } },
    why('quiet pair nudges', mail.orgName),
  ]);
}

const STATE_WORDS = { at_risk: 'at risk', inactive: 'inactive' } as const;
const PHASE_WORDS = { active: 'running', midpoint: 'at its midpoint', closing: 'closing' } as const;

function sectionBlocks(section: DigestSection, publicUrl: string): Block[] {
  const h = section.health;
  const lines = [
    h.total === 0
      ? 'No active pairs.'
      : `Pairs: ${h.healthy} healthy, ${h.at_risk} at risk, ${h.inactive} inactive.`,
  ];
  if (section.attention.length > 0)
    lines.push(
      'Needing attention:',
      ...section.attention.map((p) => `• ${p.names} — ${STATE_WORDS[p.state]}. ${p.reasons.join(' ')}`),
      ...(section.moreAttention > 0 ? [`• …and ${section.moreAttention} more.`] : []),
    );
  lines.push(
    `Open concerns: ${section.openConcerns}.`,
    `Open requests to be re-paired: ${section.openRepairRequests}.`,
    `Check-in answers this week: ${section.responsesThisWeek}.`,
    ...section.openCheckIns.map((c) => `${c.title}: ${c.responded} of ${c.invited} answered so far.`),
  );
  return [
    { heading: `${section.name} (${PHASE_WORDS[section.phase]})` },
    lines.join('\n'),
    {
      link: {
        url: `${publicUrl}${section.path}`,
        action:
          section.phase === 'active' ? `Open ${section.name}` : `Open the midpoint review of ${section.name}`,
      },
    },
  ];
}

/** Monday's summary for one program manager: every running program of the organisation. */
export function hrDigestEmail(
  mail: ReminderMail & { readonly week: string; readonly digest: HrDigest; readonly publicUrl: string },
): MailMessage {
  const { digest } = mail;
  const attention =
    digest.pairsNeedingAttention === 0
      ? 'no pair needs attention'
      : `${plural(digest.pairsNeedingAttention, 'pair needs', 'pairs need')} attention`;
  return message(mail, `Weekly program digest: ${attention}`, [
    `Here is how the mentoring programs at ${mail.orgName} are doing this week (${mail.week}). Concerns are counted here, never quoted: read them in your concerns inbox.`,
    ...digest.sections.flatMap((s) => sectionBlocks(s, mail.publicUrl)),
    why('weekly program digests', mail.orgName),
  ]);
}
