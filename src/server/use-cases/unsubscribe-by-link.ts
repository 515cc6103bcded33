import { NO_NOTIFICATIONS, type NotificationChoices } from '#core/notifications/notification-choices';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { readUnsubscribeToken } from '#server/crypto/unsubscribe-token';
import { kindsFor, type NotificationKindView } from '#server/use-cases/describe-notification-settings';
import { type ChoicesPatch, changeChoices } from '#server/use-cases/save-notification-settings';
import { findMembership, getAccount } from '#store/accounts-store';
import { getNotificationChoices } from '#store/notification-settings-store';
import { getOrganisation } from '#store/organisations-store';

/**
 * The unsubscribe link of an optional email (`/unsubscribe?token=…`): without signing in, the member
 * it was sent to sees and changes which optional emails they get, and nothing else. The token is the
 * credential; a link whose member has left the organisation no longer works.
 */
export type UnsubscribeView = {
  readonly orgName: string;
  /** Masked: the link may have been forwarded. */
  readonly email: string;
  readonly choices: NotificationChoices;
  readonly kinds: NotificationKindView[];
};

/** `'all'`: the one-click unsubscribe (RFC 8058), every optional email off. */
export type UnsubscribeChange = ChoicesPatch | 'all';

export async function describeUnsubscribe(deps: AppDeps, token: string): Promise<Result<UnsubscribeView>> {
  const member = await memberOfToken(deps, token);
  if (!member.ok) return member;
  const { orgId, accountId } = member.value;
  const choices = await getNotificationChoices(deps.database.db, orgId, accountId);
  return ok({ ...member.value.view, choices });
}

export async function unsubscribeByLink(
  deps: AppDeps,
  token: string,
  change: UnsubscribeChange,
): Promise<Result<UnsubscribeView>> {
  const member = await memberOfToken(deps, token);
  if (!member.ok) return member;
  const choices = await changeChoices(deps.database.db, {
    orgId: member.value.orgId,
    accountId: member.value.accountId,
    change: change === 'all' ? () => NO_NOTIFICATIONS : change,
    via: 'unsubscribe_link',
  });
  return ok({ ...member.value.view, choices });
}

async function memberOfToken(
  deps: AppDeps,
  token: string,
): Promise<Result<{ orgId: string; accountId: string; view: Omit<UnsubscribeView, 'choices'> }>> {
  const named = readUnsubscribeToken(deps.keys.unsubscribe, token);
  if (!named) return notFound();
  const { db } = deps.database;
  const [membership, account, org] = await Promise.all([
    findMembership(db, named.orgId, named.accountId),
    getAccount(db, named.accountId),
    getOrganisation(db, named.orgId),
  ]);
  if (!membership || !account || !org) return notFound();
  return ok({
    ...named,
    view: { orgName: org.name, email: maskEmail(account.email), kinds: kindsFor(membership) },
  });
}

const notFound = () =>
  fail<never>([
    issue(
      'not_found',
      'This link does not work any more. Sign in and open Email settings to choose which emails you get.',
    ),
  ]);

/** `sam.okafor@northwind.example` → `s•••r@northwind.example`: enough to recognise, not to read. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at === -1 ? email : email.slice(0, at);
  const domain = at === -1 ? '' : email.slice(at);
  const shown = local.length > 3 ? `${local[0]}•••${local.at(-1)}` : `${local[0] ?? ''}•••`;
  return `${shown}${domain}`;
}
