import type { Decision } from '#core/programs/enrollment-rules';
import type { Side } from '#core/programs/intake-form';
import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';

/**
 * Emails about taking part in a program: plain text first, with a simple HTML twin. Each names the
 * organisation and the program, says what to do next, and links to the person's page of the program.
 */
export type ProgramMail = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: string;
  readonly name: string;
  readonly programName: string;
  /** `${publicUrl}/my/programs/<programId>` */
  readonly programUrl: string;
};

/** For people without a password yet: the one-time link that lets them sign up first. */
type SignUp = { readonly signUpUrl: string | null };

const SIDE_ROLE: Readonly<Record<Side, string>> = {
  mentor:
    'a mentor: you share your perspective and skills with a senior leader, and learn from them in return',
  mentee: 'a mentee: a junior colleague shares their perspective and skills with you, and you teach back',
};

type Paragraph = string | { readonly url: string; readonly action: string };

function message(mail: ProgramMail, subject: string, paragraphs: readonly Paragraph[]): MailMessage {
  const all: Paragraph[] = [`Hello ${mail.name},`, ...paragraphs];
  const text = all.map((p) => (typeof p === 'string' ? p : `${p.action}: ${p.url}`)).join('\n\n');
  const html = all
    .map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`
        : `<p><a href="${escapeHtml(p.url)}">${escapeHtml(p.action)}</a></p>`,
    )
    .join('');
  return {
    orgId: mail.orgId,
    to: mail.to,
    subject,
    text,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
  };
}

function nextSteps(mail: ProgramMail & SignUp): Paragraph[] {
  const open = { url: mail.programUrl, action: 'Open the program and answer the intake form' };
  if (!mail.signUpUrl) return [open];
  return [
    'You do not have a Counterpart account yet. First choose your password (the link works once and expires in 7 days):',
    { url: mail.signUpUrl, action: 'Create your account' },
    'Then open the program and answer the intake form:',
    open,
  ];
}

export function programInvitationEmail(
  mail: ProgramMail & SignUp & { readonly inviterName: string; readonly side: Side },
): MailMessage {
  return message(mail, `You're invited to ${mail.programName} at ${mail.orgName}`, [
    `${mail.inviterName} has invited you to take part in ${mail.programName}, a mentoring program at ${mail.orgName}, as ${SIDE_ROLE[mail.side]}.`,
    'To take part, answer a short intake form about what you can teach, what you want to learn and when you are free. Your answers help match you with the right partner, and you can change them until matching starts.',
    ...nextSteps(mail),
    'If you would rather not take part, you can withdraw on the same page. Nobody is asked why.',
  ]);
}

export function nominationEmail(
  mail: ProgramMail & SignUp & { readonly ergLeadName: string; readonly note: string },
): MailMessage {
  const note = mail.note.trim();
  return message(mail, `${mail.ergLeadName} has nominated you for ${mail.programName}`, [
    `${mail.ergLeadName} has nominated you as a mentor in ${mail.programName} at ${mail.orgName}: you would share your perspective and skills with a senior leader, and learn from them in return.`,
    ...(note ? [`${mail.ergLeadName} wrote:\n“${note}”`] : []),
    'Taking part is your choice. If you would like to, answer a short intake form about what you can teach, what you want to learn and when you are free.',
    ...nextSteps(mail),
  ]);
}

export function applicationReceivedEmail(mail: ProgramMail & { readonly side: Side }): MailMessage {
  return message(mail, `We have your application to ${mail.programName}`, [
    `Thank you for applying to ${mail.programName} at ${mail.orgName} as ${SIDE_ROLE[mail.side]}.`,
    'The program team will review the applications and email you their decision. Until matching starts you can still change your answers, or withdraw:',
    { url: mail.programUrl, action: 'Review your application' },
  ]);
}

const DECISION_TEXT: Readonly<
  Record<Decision, { subject: string; paragraphs: (m: ProgramMail) => Paragraph[] }>
> = {
  approve: {
    subject: 'Welcome to',
    paragraphs: (m) => [
      `Good news: your place in ${m.programName} at ${m.orgName} is confirmed.`,
      'Next, the program team matches mentors and mentees. You will hear from us when your partner is known, with the date of the kickoff meeting. Until matching starts you can still update your answers:',
      { url: m.programUrl, action: 'Review your application' },
    ],
  },
  waitlist: {
    subject: 'You are on the waiting list for',
    paragraphs: (m) => [
      `Thank you for applying to ${m.programName} at ${m.orgName}. More people applied than this cohort has places, so for now you are on the waiting list.`,
      'If a place opens up, the program team will offer it to you by email. There is nothing you need to do in the meantime; your answers are kept.',
      { url: m.programUrl, action: 'See your application' },
    ],
  },
  decline: {
    subject: 'Your application to',
    paragraphs: (m) => [
      `Thank you for applying to ${m.programName} at ${m.orgName}, and for the time you gave your answers.`,
      'This time we could not offer you a place. This is not a judgement of you: places depend on how many partners each side can be matched with. We would be glad to see you apply to the next cohort.',
      { url: m.programUrl, action: 'See your application' },
    ],
  },
};

export function decisionEmail(mail: ProgramMail & { readonly decision: Decision }): MailMessage {
  const wording = DECISION_TEXT[mail.decision];
  return message(mail, `${wording.subject} ${mail.programName}`, wording.paragraphs(mail));
}

/** The participant's page of a program, where every enrollment email leads. */
export function programPageUrl(publicUrl: string, programId: string): string {
  return `${publicUrl}/my/programs/${encodeURIComponent(programId)}`;
}
