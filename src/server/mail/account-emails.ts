import type { MailMessage } from '#server/mail/mailer';

/**
 * Emails about accounts: plain text first (every client reads it), with a simple HTML twin. The
 * mailer signs every email with the organisation's name (mail-footer.ts).
 */

type Link = { readonly orgId: string; readonly to: string; readonly orgName: string; readonly url: string };

export function invitationEmail(
  input: Link & { readonly inviterName: string; readonly name: string },
): MailMessage {
  const text = [
    `Hello ${input.name},`,
    '',
    `${input.inviterName} has invited you to ${input.orgName} on Counterpart, where ${input.orgName} runs its mentoring programs.`,
    '',
    'Choose your password and sign in here (the link works once and expires in 7 days):',
    input.url,
    '',
    `If you were not expecting this, you can ignore this email.`,
  ].join('\n');
  return {
    orgId: input.orgId,
    to: input.to,
    subject: `You're invited to ${input.orgName} on Counterpart`,
    text,
    html: toHtml(text, input.url, 'Accept the invitation'),
  };
}

export function passwordResetEmail(input: Link & { readonly name: string }): MailMessage {
  const text = [
    `Hello ${input.name},`,
    '',
    `Someone asked to reset the password of your Counterpart account at ${input.orgName}.`,
    '',
    'Choose a new password here (the link works once and expires in 1 hour):',
    input.url,
    '',
    'If it was not you, ignore this email: your password stays as it is.',
  ].join('\n');
  return {
    orgId: input.orgId,
    to: input.to,
    subject: 'Reset your Counterpart password',
    text,
    html: toHtml(text, input.url, 'Choose a new password'),
  };
}

function toHtml(text: string, url: string, action: string): string {
  const paragraphs = text
    .split('\n\n')
    .map((p) =>
      p.trim() === url
        ? `<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p>`
        : `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`,
    );
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${paragraphs.join('')}</body></html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
