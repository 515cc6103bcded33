import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';

/**
 * Emails about confidential concerns. Emails get forwarded and read over shoulders, so they carry
 * neither the subject nor the words of a concern, nor who raised it: only that there is something to
 * read, and the link to where it can be read after signing in.
 */
type ConcernMail = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: string;
  readonly name: string;
};

function message(mail: ConcernMail, subject: string, paragraph: string, link: Link): MailMessage {
  const text = [`Hello ${mail.name},`, paragraph, `${link.action}: ${link.url}`];
  const html = [
    `<p>${escapeHtml(text[0]!)}</p>`,
    `<p>${escapeHtml(paragraph)}</p>`,
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.action)}</a></p>`,
  ].join('');
  return {
    orgId: mail.orgId,
    to: mail.to,
    subject,
    text: text.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
  };
}

type Link = { readonly url: string; readonly action: string };

/** To each program manager: a participant of a program raised a concern, or wrote again on one. */
export function concernRaisedEmail(
  mail: ConcernMail & {
    readonly programName: string;
    readonly publicUrl: string;
    readonly followUp: boolean;
  },
): MailMessage {
  const what = mail.followUp ? 'wrote again about a confidential concern' : 'raised a confidential concern';
  return message(
    mail,
    mail.followUp ? 'A participant wrote again about a concern' : 'A participant raised a concern',
    `A participant in ${mail.programName} ${what}. It is not repeated in this email; read it in your concerns inbox after signing in.`,
    { url: `${mail.publicUrl}/concerns`, action: 'Open the concerns inbox' },
  );
}

/** To the participant: HR answered. The answer itself waits behind the sign-in. */
export function concernRepliedEmail(mail: ConcernMail & { readonly publicUrl: string }): MailMessage {
  return message(
    mail,
    'HR replied to your concern',
    'HR replied to a concern you raised. The reply is not repeated in this email; read it after signing in.',
    { url: `${mail.publicUrl}/my/concerns`, action: 'Read the reply' },
  );
}
