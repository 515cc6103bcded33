import type { NotificationKind } from '#core/notifications/notification-choices';
import type { JobDeps } from '#jobs/job-definition';
import { warnSkipped } from '#jobs/job-log';
import type { JobName } from '#server/job-queue';
import type { MailMessage } from '#server/mail/mailer';
import { sendOnce } from '#server/mail/send-once';

/** One email a job wants to send: its send-once key, the choice it depends on, and how to write it. */
export type Outgoing = {
  readonly key: string;
  readonly kind: NotificationKind;
  readonly message: () => MailMessage;
};

export type SendSummary = { sent: number; alreadySent: number; skipped: number; refused: number };

/**
 * Sends each email at most once (`sendOnce`), one after another. One bad row never stops a run: an
 * email that cannot be written is logged and skipped. An email the mail server refuses does not stop
 * the others either, but the run then throws at the end, so it is retried and sends only what is left.
 */
export async function sendEach(
  deps: JobDeps,
  job: JobName,
  outgoing: Iterable<Outgoing>,
): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, alreadySent: 0, skipped: 0, refused: 0 };
  let firstRefusal: unknown;
  for (const item of outgoing) {
    let message: MailMessage;
    try {
      message = item.message();
    } catch (error) {
      warnSkipped(deps.env, job, { key: item.key, error });
      summary.skipped += 1;
      continue;
    }
    try {
      const outcome = await sendOnce(deps, { key: item.key, kind: item.kind }, message);
      if (outcome === 'sent') summary.sent += 1;
      else summary.alreadySent += 1;
    } catch (error) {
      summary.refused += 1;
      firstRefusal ??= error;
    }
  }
  if (summary.refused > 0)
    throw new Error(
      `The ${job} job could not send ${summary.refused} of its emails; it will be retried for those.`,
      { cause: firstRefusal },
    );
  return summary;
}
