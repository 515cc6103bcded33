import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { type MailFooter, withFooter } from '#server/mail/mail-footer';
import { notificationSettingsUrl } from '#server/mail/unsubscribe-link';
import type { Db } from '#store/database';
import { getOrganisation } from '#store/organisations-store';
import { insertOutboxMessage, markOutboxMessage } from '#store/outbox-store';

/** A file sent with a message, e.g. a meeting's `invitation.ics` (content as text). */
export type MailAttachment = {
  readonly filename: string;
  /** e.g. 'text/calendar; charset=utf-8; method=REQUEST' */
  readonly contentType: string;
  readonly content: string;
};

export type MailMessage = {
  readonly orgId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly MailAttachment[];
  /**
   * For optional emails (reminders, nudges, the digest): the one-click link that turns them off
   * (`unsubscribeUrl` in #server/mail/unsubscribe-link). It is shown in the footer and sent as the
   * List-Unsubscribe header.
   */
  readonly unsubscribeUrl?: string;
};

export type MailMode = 'outbox' | 'smtp';
/** `kept`: stored in the outbox for an admin to read; `sent`: accepted by SMTP; `failed`: SMTP refused. */
export type MailOutcome = 'kept' | 'sent' | 'failed';

/**
 * The one way the product sends email. Every message ends with the same footer (mail-footer.ts): the
 * organisation's name, the link to choose which emails to get, and on optional emails the one-click
 * unsubscribe link, also sent as the List-Unsubscribe header (RFC 8058). Every message gets an outbox row. Without SMTP the row is the
 * delivery: an org admin reads it in the UI, so invitations and resets work on a laptop. With SMTP the
 * message is sent and the row keeps only who, what and when — never the body, whose links would let
 * an admin take over someone else's account. Attachments follow the same rule: kept with an outbox
 * message, never with one sent by SMTP.
 */
export type Mailer = {
  readonly mode: MailMode;
  readonly send: (db: Db, message: MailMessage) => Promise<MailOutcome>;
  readonly close: () => void;
};

type Logger = { error: (obj: object, msg: string) => void };

export type MailerConfig = {
  readonly smtpUrl: string | undefined;
  readonly from: string;
  /** The app's address, for the notification-settings link in every footer. */
  readonly publicUrl: string;
};

export function createMailer(config: MailerConfig, log: Logger): Mailer {
  /** The message as it leaves: with the footer, whichever template built it. */
  async function finished(db: Db, message: MailMessage): Promise<MailMessage> {
    const org = await getOrganisation(db, message.orgId);
    const footer: MailFooter = {
      orgName: org?.name ?? 'your organisation',
      settingsUrl: notificationSettingsUrl(config),
      unsubscribeUrl: message.unsubscribeUrl,
    };
    return { ...message, ...withFooter(message, footer) };
  }

  if (!config.smtpUrl) {
    return {
      mode: 'outbox',
      send: async (db, sent) => {
        const message = await finished(db, sent);
        await insertOutboxMessage(db, {
          orgId: message.orgId,
          toAddress: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          attachments: (message.attachments ?? []).map((a) => ({ ...a })),
          transport: 'outbox',
        });
        return 'kept';
      },
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    mode: 'smtp',
    send: async (db, sent) => {
      const message = await finished(db, sent);
      const row = await insertOutboxMessage(db, {
        orgId: message.orgId,
        toAddress: message.to,
        subject: message.subject,
        text: '(Sent by SMTP. The body is not kept.)',
        html: null,
        transport: 'smtp',
      });
      try {
        await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          ...unsubscribeHeaders(message.unsubscribeUrl),
          ...smtpAttachments(message.attachments ?? []),
        });
        await markOutboxMessage(db, row.id, { sentAt: new Date() });
        return 'sent';
      } catch (error) {
        log.error({ err: error, to: message.to }, 'email could not be sent');
        await markOutboxMessage(db, row.id, { error: 'The mail server refused or could not be reached.' });
        return 'failed';
      }
    },
    close: () => transport.close(),
  };
}

/** RFC 2369 and RFC 8058: mail apps show an "Unsubscribe" button that POSTs to the link. */
function unsubscribeHeaders(url: string | undefined): Pick<Mail.Options, 'list' | 'headers'> {
  if (!url) return {};
  return {
    list: { unsubscribe: url },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/**
 * Calendar files for SMTP. The first iTIP calendar (METHOD:REQUEST or CANCEL) travels as nodemailer's
 * `icalEvent`: a text/calendar alternative part, which Outlook, Gmail and Apple Mail show as an
 * invitation with Accept / Decline and apply to the calendar. Anything else is an ordinary attachment.
 */
export function smtpAttachments(
  attachments: readonly MailAttachment[],
): Pick<Mail.Options, 'icalEvent' | 'attachments'> {
  const invitation = attachments.find((a) => isCalendar(a) && itipMethod(a.content) !== undefined);
  const rest = attachments
    .filter((a) => a !== invitation)
    .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }));
  return {
    ...(invitation
      ? {
          icalEvent: {
            filename: invitation.filename,
            method: itipMethod(invitation.content)!,
            content: invitation.content,
          },
        }
      : {}),
    ...(rest.length > 0 ? { attachments: rest } : {}),
  };
}

const isCalendar = (a: MailAttachment) => a.contentType.toLowerCase().startsWith('text/calendar');

/** The calendar's METHOD when it asks the recipient's calendar to act on it (REQUEST or CANCEL). */
function itipMethod(ics: string): 'REQUEST' | 'CANCEL' | undefined {
  const method = /^METHOD:([A-Z-]+)\r?$/m.exec(ics)?.[1];
  return method === 'REQUEST' || method === 'CANCEL' ? method : undefined;
}
