import type { NotificationKind } from '#core/notifications/notification-choices';
import type { JobDeps } from '#jobs/job-definition';
import type { Db } from '#store/database';
import { getChoicesByPerson, type RecipientChoices } from '#store/notification-settings-store';
import type { ReminderPerson } from '#store/reminders-store';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';

/** One side of a pair as an email's recipient: who they are, who their partner is. */
export type PairSide = {
  readonly side: 'mentor' | 'mentee';
  readonly me: ReminderPerson;
  readonly partner: ReminderPerson;
  readonly accountId: string;
  readonly unsubscribeUrl: string;
};

type PairRow = { readonly orgId: string; readonly mentor: ReminderPerson; readonly mentee: ReminderPerson };

/**
 * For rows about pairs, across organisations: a function giving the sides of a row that chose `kind`.
 * One choices query per organisation concerned, however many pairs. A person without a member account
 * in the organisation gets no optional email (there is nowhere for them to turn it off).
 */
export async function pairRecipients(
  deps: Pick<JobDeps, 'keys' | 'env'> & { readonly database: { readonly db: Db } },
  rows: readonly PairRow[],
  kind: NotificationKind,
): Promise<(row: PairRow) => PairSide[]> {
  const personIdsByOrg = new Map<string, Set<string>>();
  for (const row of rows) {
    const ids = personIdsByOrg.get(row.orgId) ?? new Set<string>();
    ids.add(row.mentor.personId).add(row.mentee.personId);
    personIdsByOrg.set(row.orgId, ids);
  }
  const choicesByOrg = new Map<string, Map<string, RecipientChoices>>();
  for (const [orgId, ids] of personIdsByOrg)
    choicesByOrg.set(orgId, await getChoicesByPerson(deps.database.db, orgId, [...ids]));

  return (row) => {
    const sides = [
      { side: 'mentor' as const, me: row.mentor, partner: row.mentee },
      { side: 'mentee' as const, me: row.mentee, partner: row.mentor },
    ];
    return sides.flatMap((s) => {
      const recipient = choicesByOrg.get(row.orgId)?.get(s.me.personId);
      if (!recipient?.choices[kind]) return [];
      return [
        {
          ...s,
          accountId: recipient.accountId,
          unsubscribeUrl: unsubscribeUrl(deps, row.orgId, recipient.accountId),
        },
      ];
    });
  };
}

/** The pair's workspace, where every participant email links. */
export const workspaceUrl = (env: { readonly publicUrl: string }, pairId: string): string =>
  `${env.publicUrl}/my/pairs/${pairId}`;
