import {
  NOTIFICATION_KINDS,
  NOTIFICATION_LABELS,
  type NotificationChoices,
  type NotificationKind,
} from '#core/notifications/notification-choices';
import { ok, type Result } from '#core/result';
import type { Role } from '#core/access/roles';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { getNotificationChoices } from '#store/notification-settings-store';

export type NotificationKindView = {
  readonly kind: NotificationKind;
  readonly label: string;
  readonly description: string;
  readonly audience: 'participant' | 'hr';
};

/** A member's choices, and the optional emails that can reach them (the ones to show as switches). */
export type NotificationSettings = {
  readonly choices: NotificationChoices;
  readonly kinds: NotificationKindView[];
};

/**
 * The optional emails a member can get: HR's (the digest) for program managers, the participants'
 * (reminders and nudges) for members who are a person of the organisation, both when both.
 */
export function kindsFor(member: {
  readonly roles: readonly Role[];
  readonly personId: string | null;
}): NotificationKindView[] {
  const audiences = new Set<NotificationKindView['audience']>();
  if (member.roles.includes('program_manager')) audiences.add('hr');
  if (member.personId) audiences.add('participant');
  return NOTIFICATION_KINDS.filter((kind) => audiences.has(NOTIFICATION_LABELS[kind].audience)).map(
    (kind) => ({ kind, ...NOTIFICATION_LABELS[kind] }),
  );
}

export async function describeNotificationSettings(
  deps: AppDeps,
  caller: Caller,
): Promise<Result<NotificationSettings>> {
  const choices = await getNotificationChoices(deps.database.db, caller.orgId, caller.accountId);
  return ok({ choices, kinds: kindsFor(caller) });
}
