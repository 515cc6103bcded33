import nodemailer from 'nodemailer';
import type { Db } from '#store/database';
import { insertOutboxMessage, markOutboxMessage } from '#store/outbox-store';

export type MailMessage = {
  readonly orgId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
};

export type MailMode = 'outbox' | 'smtp';

/**
 * The one way the product sends email. Every message gets an outbox row. Without SMTP the row is the
 * delivery: an org admin reads it in the UI, so invitations and resets work on a laptop. With SMTP the
 * message is sent and the row keeps only who, what and when — never the body, whose links would let
 * an admin take over someone else's account.
 */
export type Mailer = {
  readonly mode: MailMode;
  readonly send: (db: Db, message: MailMessage) => Promise<void>;
  readonly close: () => void;
};

type Logger = { error: (obj: object, msg: string) => void };

export function createMailer(config: { smtpUrl: string | undefined; from: string }, log: Logger): Mailer {
  if (!config.smtpUrl) {
    return {
      mode: 'outbox',
      send: async (db, message) => {
        await insertOutboxMessage(db, {
          orgId: message.orgId,
          toAddress: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          transport: 'outbox',
        });
      },
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    mode: 'smtp',
    send: async (db, message) => {
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
        });
        await markOutboxMessage(db, row.id, { sentAt: new Date() });
      } catch (error) {
        log.error({ err: error, to: message.to }, 'email could not be sent');
        await markOutboxMessage(db, row.id, { error: 'The mail server refused or could not be reached.' });
      }
    },
    close: () => transport.close(),
  };
}
