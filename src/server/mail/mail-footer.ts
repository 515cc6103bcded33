import { escapeHtml } from '#server/mail/account-emails';

/**
 * The lines every email ends with, whatever sent it: who it is from (the organisation, so a reader
 * knows why Counterpart writes to them), where to choose which emails they get, and, on optional
 * emails, the one-click link that stops them. The mailer adds it; templates do not sign themselves.
 */
export type MailFooter = {
  readonly orgName: string;
  /** `notificationSettingsUrl(env)`: every email links to it. */
  readonly settingsUrl: string;
  /** Optional emails only (reminders, nudges, the digest). */
  readonly unsubscribeUrl?: string | undefined;
};

export function footerText(footer: MailFooter): string {
  return [
    `— Counterpart for ${footer.orgName}`,
    `Choose which emails you get: ${footer.settingsUrl}`,
    ...(footer.unsubscribeUrl ? [`Stop these emails: ${footer.unsubscribeUrl}`] : []),
  ].join('\n');
}

export function footerHtml(footer: MailFooter): string {
  const link = (url: string, words: string) => `<a href="${escapeHtml(url)}">${escapeHtml(words)}</a>`;
  const links = [
    link(footer.settingsUrl, 'Choose which emails you get'),
    ...(footer.unsubscribeUrl ? [link(footer.unsubscribeUrl, 'Stop these emails')] : []),
  ].join(' · ');
  return (
    '<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px">' +
    `<p style="color:#666;font-size:13px">— Counterpart for ${escapeHtml(footer.orgName)}<br>${links}</p>`
  );
}

/** The message's text and HTML with the footer added: after the text, and before the HTML's `</body>`. */
export function withFooter(
  body: { readonly text: string; readonly html?: string | undefined },
  footer: MailFooter,
): { text: string; html?: string } {
  const text = `${body.text.trimEnd()}\n\n${footerText(footer)}`;
  if (!body.html) return { text };
  const end = body.html.toLowerCase().lastIndexOf('</body>');
  const html =
    end === -1
      ? `${body.html}${footerHtml(footer)}`
      : `${body.html.slice(0, end)}${footerHtml(footer)}${body.html.slice(end)}`;
  return { text, html };
}
