import { escapeHtml } from '#server/mail/account-emails';
import type { MailMessage } from '#server/mail/mailer';

/**
 * Emails of the midpoint review. HR's reasons for writing stay with HR: the email never says how a
 * pair is rated or why, only what is offered, in kind words. The mailer's footer signs them.
 */

export type ReviewResource = { readonly title: string; readonly url: string; readonly description: string };

export type ResourcesMail = {
  readonly orgId: string;
  readonly to: { readonly name: string; readonly email: string };
  readonly partnerName: string;
  readonly programName: string;
  readonly resources: readonly ReviewResource[];
  /** The pair workspace's resources tab. */
  readonly workspaceUrl: string;
};

function resourceText(resource: ReviewResource): string {
  const about = resource.description ? `: ${resource.description}` : '';
  return `- ${resource.title}${about}${resource.url ? `\n  ${resource.url}` : ''}`;
}

function resourceHtml(resource: ReviewResource): string {
  const title = resource.url
    ? `<a href="${escapeHtml(resource.url)}">${escapeHtml(resource.title)}</a>`
    : escapeHtml(resource.title);
  return `<li>${title}${resource.description ? ` — ${escapeHtml(resource.description)}` : ''}</li>`;
}

/** To each person of a pair: resources HR picked for the second half of the program. */
export function resourcesEmail(mail: ResourcesMail): MailMessage {
  const one = mail.resources.length === 1;
  const intro = `You are halfway through ${mail.programName}. To help you and ${mail.partnerName} make the most of the months ahead, HR picked ${one ? 'a resource' : 'a few resources'} for you both:`;
  const together = `${mail.partnerName} gets the same list, so you can look at ${one ? 'it' : 'them'} together when you next meet. ${one ? 'It is' : 'They are'} also in your pair workspace`;
  const thanks = 'Thank you for the time and care you give to this program.';
  const text = [
    `Hello ${mail.to.name},`,
    intro,
    mail.resources.map(resourceText).join('\n'),
    `${together}: ${mail.workspaceUrl}`,
    thanks,
  ].join('\n\n');
  const paragraph = (words: string) => `<p>${escapeHtml(words).replaceAll('\n', '<br>')}</p>`;
  const html = [
    paragraph(`Hello ${mail.to.name},`),
    paragraph(intro),
    `<ul>${mail.resources.map(resourceHtml).join('')}</ul>`,
    `<p>${escapeHtml(together)}: <a href="${escapeHtml(mail.workspaceUrl)}">open your pair workspace</a>.</p>`,
    paragraph(thanks),
  ].join('');
  return {
    orgId: mail.orgId,
    to: mail.to.email,
    subject: `Resources for the second half of ${mail.programName}`,
    text,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
  };
}
