import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';

/**
 * The thank-you email when HR closes a program (issue 8, "Celebration and continuation"), to each
 * person who completed it (#core/impact/certificate-eligibility): what they did, where their
 * certificate is, and the one question left — whether they keep meeting their partner informally.
 * It always goes (it is the consequence of HR closing the program, not an optional email). It says
 * nothing about the partner beyond their name. The mailer adds the footer with the settings link.
 */
export type ClosingThanksMail = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: { readonly name: string; readonly email: string };
  readonly programName: string;
  /** Held meetings in all their pairs of the program, as on the certificate. */
  readonly meetingsHeld: number;
  /** `${publicUrl}/my/programs`, where the certificate is downloaded. */
  readonly certificateUrl: string;
  /** One per pair that lasted to the end: the partner and the pair workspace where they answer. */
  readonly pairs: readonly { readonly partnerName: string; readonly continuationUrl: string }[];
  readonly hasAccount: boolean;
};

type Block = string | { readonly url: string; readonly action: string };

function meetingWords(n: number): string {
  if (n === 0) return 'Thank you for the time you gave to it.';
  return `Together you held ${n === 1 ? 'one meeting' : `${n} meetings`}. Thank you for the time and care you gave to it.`;
}

export function closingThanksEmail(mail: ClosingThanksMail): MailMessage {
  const partners = mail.pairs.map((p) => p.partnerName);
  const partnerWords = partners.length === 1 ? partners[0]! : partners.join(' and ');
  const blocks: Block[] = [
    `Hello ${mail.to.name},`,
    `${mail.programName} has now closed, and you completed it with ${partnerWords}. ${meetingWords(mail.meetingsHeld)}`,
    'Your certificate of participation is ready. You can download it as a PDF from My programs.',
    { url: mail.certificateUrl, action: 'Download your certificate' },
    `One last question: will you keep meeting ${partnerWords} informally? Your answer helps HR plan the next cohort. Only a shared yes is shown to your partner; a no is never passed on.`,
    ...mail.pairs.map((p) => ({
      url: p.continuationUrl,
      action: mail.pairs.length === 1 ? 'Answer the question' : `Answer for your pair with ${p.partnerName}`,
    })),
    mail.hasAccount
      ? 'The links ask you to sign in to Counterpart if you are not signed in already.'
      : `The links ask you to sign in to Counterpart. If you have no account yet, ask HR at ${mail.orgName} for an invitation.`,
  ];
  const text = blocks.map((b) => (typeof b === 'string' ? b : `${b.action}: ${b.url}`));
  const html = blocks.map((b) =>
    typeof b === 'string'
      ? `<p>${escapeHtml(b)}</p>`
      : `<p><a href="${escapeHtml(b.url)}">${escapeHtml(b.action)}</a></p>`,
  );
  return {
    orgId: mail.orgId,
    to: mail.to.email,
    subject: `Thank you for taking part in ${mail.programName}`,
    text: text.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html.join('')}</body></html>`,
  };
}
