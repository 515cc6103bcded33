import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';

/** Emails of the pairing workflow: the introduction to a partner, and the kind wait-list message. */
export type PairingMail = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: string;
  readonly name: string;
  readonly programName: string;
  readonly programUrl: string;
};

function message(mail: PairingMail, subject: string, paragraphs: readonly string[]): MailMessage {
  const all = [`Hello ${mail.name},`, ...paragraphs, `Your program page: ${mail.programUrl}`];
  const html = all.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`).join('');
  return {
    orgId: mail.orgId,
    to: mail.to,
    subject,
    text: all.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
  };
}

export type Introduction = {
  readonly role: 'mentor' | 'mentee';
  readonly partner: {
    readonly name: string;
    readonly title: string;
    readonly department: string;
    readonly email: string;
  };
  /** Why they were paired, already free of sensitive attributes. */
  readonly why: string;
  readonly kickoff: string;
  readonly firstTopic: string | null;
  readonly wantToLearn: readonly string[];
};

const PREPARE: Readonly<Record<Introduction['role'], string>> = {
  mentor:
    'You lead the conversations: bring one insight from your work or your generation to share, and one question you would like to ask a senior leader.',
  mentee:
    'Your mentor leads the conversations: come ready to listen and ask, and bring one decision or challenge where a fresh perspective would help. You teach back too.',
};

export function introductionEmail(mail: PairingMail & Introduction): MailMessage {
  const partner = `${mail.partner.name}${mail.partner.title ? `, ${mail.partner.title}` : ''}${mail.partner.department ? ` (${mail.partner.department})` : ''}`;
  const learn =
    mail.wantToLearn.length > 0 ? ` You said you want to learn: ${mail.wantToLearn.join(', ')}.` : '';
  return message(mail, `Meet your ${mail.role === 'mentor' ? 'mentee' : 'mentor'} in ${mail.programName}`, [
    `You are paired with ${partner} in ${mail.programName}. You are the ${mail.role}.`,
    `Why you two: ${mail.why || 'your skills and availability fit together'}.`,
    `The program starts on ${mail.kickoff}. Agree your first meeting soon; pairs who meet in the first two weeks keep meeting. You can reach ${mail.partner.name} at ${mail.partner.email}.`,
    ...(mail.firstTopic ? [`Your first topic: ${mail.firstTopic}.`] : []),
    `What to prepare: ${PREPARE[mail.role]}${learn}`,
  ]);
}

export function waitlistEmail(mail: PairingMail): MailMessage {
  return message(mail, `${mail.programName}: you are on the wait-list`, [
    `Thank you for applying to ${mail.programName}. This time we could not find a partner who fits you well, so you are on the wait-list.`,
    'This says nothing about you: it depends on who applied, their skills and their availability. If a place opens during the program, HR will match you first, and you will hear from us at once.',
  ]);
}
