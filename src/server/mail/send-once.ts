import type { Db } from '#store/database';
import { claimNotification, releaseNotification } from '#store/sent-notifications-store';
import type { MailMessage, Mailer } from '#server/mail/mailer';

export type SendOnceResult = 'sent' | 'already_sent';

/**
 * Sends a job's email at most once per `key` (e.g. `meeting-reminder:<meeting>:<start>:<person>`),
 * however often the job runs and on however many instances.
 *
 * In outbox mode the claim and the outbox row are one transaction: both or neither. With SMTP the
 * claim is committed first, then the message sent; if the server refuses it, the claim is given back
 * and this throws, so the job is retried with backoff. A crash between the claim and SMTP's answer
 * loses that one message rather than risk sending it twice.
 */
export async function sendOnce(
  deps: { readonly database: { readonly db: Db }; readonly mailer: Mailer },
  notification: { readonly key: string; readonly kind: string },
  message: MailMessage,
): Promise<SendOnceResult> {
  const { db } = deps.database;
  const claim = {
    orgId: message.orgId,
    key: notification.key,
    kind: notification.kind,
    toAddress: message.to,
  };
  if (deps.mailer.mode === 'outbox') {
    return db.transaction(async (tx) => {
      const inTx = tx as unknown as Db;
      if (!(await claimNotification(inTx, claim))) return 'already_sent';
      await deps.mailer.send(inTx, message);
      return 'sent';
    });
  }
  if (!(await claimNotification(db, claim))) return 'already_sent';
  const outcome = await deps.mailer.send(db, message);
  if (outcome === 'failed') {
    await releaseNotification(db, message.orgId, notification.key);
    throw new Error(`The mail server did not accept the ${notification.kind} email; it will be retried.`);
  }
  return 'sent';
}
