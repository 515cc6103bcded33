import { quietNudgeKey } from '#core/reminders/reminder-keys';
import { lastActivity, quietCutoff, quietSpell } from '#core/reminders/reminder-timing';
import type { JobDefinition } from '#jobs/job-definition';
import { pairRecipients, workspaceUrl } from '#jobs/pair-recipients';
import { type Outgoing, sendEach } from '#jobs/send-each';
import { quietPairNudgeEmail } from '#server/mail/reminder-emails';
import { listQuietPairs } from '#store/reminders-store';

/**
 * Daily at 09:00 UTC: both people of an active pair with no meeting held or logged for 30 days get one
 * kind nudge per quiet spell (if they chose `quietPairNudges`). The key names the spell by the date of
 * the last activity: a meeting logged later ends the spell, and a later quiet spell gets its own nudge.
 */
export const quietPairNudges: JobDefinition = {
  name: 'quiet-pair-nudges',
  cron: '0 9 * * *',
  run: async (deps) => {
    const now = deps.now();
    const quiet = await listQuietPairs(deps.database.db, now, quietCutoff(now));
    const recipientsOf = await pairRecipients(deps, quiet, 'quietPairNudges');
    const outgoing = quiet.flatMap((pair) => {
      const spell = quietSpell(lastActivity(pair), now);
      if (!spell) return [];
      return recipientsOf(pair).map(
        (r): Outgoing => ({
          key: quietNudgeKey(pair.pairId, r.me.personId, spell.since),
          kind: 'quietPairNudges',
          message: () =>
            quietPairNudgeEmail({
              orgId: pair.orgId,
              orgName: pair.orgName,
              to: r.me,
              unsubscribeUrl: r.unsubscribeUrl,
              partnerName: r.partner.name,
              programName: pair.programName,
              workspaceUrl: workspaceUrl(deps.env, pair.pairId),
              quietDays: spell.days,
            }),
        }),
      );
    });
    await sendEach(deps, 'quiet-pair-nudges', outgoing);
  },
};
