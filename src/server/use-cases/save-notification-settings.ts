import {
  NOTIFICATION_KINDS,
  type NotificationChoices,
  type NotificationKind,
} from '#core/notifications/notification-choices';
import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { kindsFor, type NotificationSettings } from '#server/use-cases/describe-notification-settings';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getNotificationChoices, saveNotificationChoices } from '#store/notification-settings-store';

export type ChoicesPatch = { readonly [K in NotificationKind]?: boolean | undefined };

/** The signed-in member turns some optional emails on or off; the kinds not named stay as they were. */
export async function saveNotificationSettings(
  deps: AppDeps,
  caller: Caller,
  patch: ChoicesPatch,
): Promise<Result<NotificationSettings>> {
  const choices = await changeChoices(deps.database.db, {
    orgId: caller.orgId,
    accountId: caller.accountId,
    change: patch,
    via: 'settings',
  });
  return ok({ choices, kinds: kindsFor(caller) });
}

/**
 * Applies a change to a member's choices in one transaction and audits what changed: which kinds
 * were turned on or off and how, nothing about the person beyond the account that did it.
 */
export async function changeChoices(
  db: Db,
  input: {
    readonly orgId: string;
    readonly accountId: string;
    readonly change: ChoicesPatch | ((current: NotificationChoices) => NotificationChoices);
    readonly via: 'settings' | 'unsubscribe_link';
  },
): Promise<NotificationChoices> {
  return db.transaction(async (tx) => {
    const inTx = tx as unknown as Db;
    const current = await getNotificationChoices(inTx, input.orgId, input.accountId);
    const next =
      typeof input.change === 'function' ? input.change(current) : withChanges(current, input.change);
    const turnedOn = NOTIFICATION_KINDS.filter((k) => next[k] && !current[k]);
    const turnedOff = NOTIFICATION_KINDS.filter((k) => !next[k] && current[k]);
    if (turnedOn.length + turnedOff.length > 0) {
      await saveNotificationChoices(inTx, input.orgId, input.accountId, next);
      await recordAudit(inTx, {
        orgId: input.orgId,
        actorAccountId: input.accountId,
        action: 'notifications.changed',
        detail: { via: input.via, turnedOn, turnedOff },
      });
    }
    return next;
  });
}

function withChanges(current: NotificationChoices, patch: ChoicesPatch): NotificationChoices {
  const next = { ...current };
  for (const kind of NOTIFICATION_KINDS) {
    const value = patch[kind];
    if (value !== undefined) next[kind] = value;
  }
  return next;
}
