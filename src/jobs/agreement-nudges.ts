import { agreementNudgeKey } from '#core/reminders/reminder-keys';
import { agreementNudgeCutoff, agreementNudgeDay, daysBetween } from '#core/reminders/reminder-timing';
import type { JobDefinition } from '#jobs/job-definition';
import { pairRecipients, workspaceUrl } from '#jobs/pair-recipients';
import { type Outgoing, sendEach } from '#jobs/send-each';
import { agreementNudgeEmail } from '#server/mail/reminder-emails';
import { listPendingAgreements } from '#store/reminders-store';

/**
 * Daily at 08:00 UTC: whoever has not accepted their pair's kickoff agreement hears about it 3, 7 and
 * 14 days after the pair started (if they chose `agreementNudges`). A run that missed days sends only
 * the latest nudge due; the key names the day, so each goes once.
 */
export const agreementNudges: JobDefinition = {
  name: 'agreement-nudges',
  cron: '0 8 * * *',
  run: async (deps) => {
    const now = deps.now();
    const pending = await listPendingAgreements(deps.database.db, agreementNudgeCutoff(now));
    const recipientsOf = await pairRecipients(deps, pending, 'agreementNudges');
    const outgoing = pending.flatMap((pair) => {
      const day = agreementNudgeDay(pair.startedAt, now);
      if (day === null) return [];
      const accepted = { mentor: pair.mentorAccepted, mentee: pair.menteeAccepted };
      return recipientsOf(pair)
        .filter((r) => !accepted[r.side])
        .map(
          (r): Outgoing => ({
            key: agreementNudgeKey(pair.pairId, r.me.personId, day),
            kind: 'agreementNudges',
            message: () =>
              agreementNudgeEmail({
                orgId: pair.orgId,
                orgName: pair.orgName,
                to: r.me,
                unsubscribeUrl: r.unsubscribeUrl,
                partnerName: r.partner.name,
                programName: pair.programName,
                workspaceUrl: workspaceUrl(deps.env, pair.pairId),
                daysSinceStart: daysBetween(pair.startedAt, now),
                partnerAccepted: accepted[r.side === 'mentor' ? 'mentee' : 'mentor'],
              }),
          }),
        );
    });
    await sendEach(deps, 'agreement-nudges', outgoing);
  },
};
