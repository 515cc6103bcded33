import type { AppDeps } from '#server/app-deps';
import { passwordResetEmail } from '#server/mail/account-emails';
import { issueOneTimeLink } from '#server/use-cases/issue-one-time-link';
import { findAccountByEmail, listOrganisationsOf } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';

/**
 * Emails a reset link when the account exists. The caller always answers the same way, so the
 * response does not tell whether an email address has an account.
 */
export async function requestPasswordReset(
  deps: AppDeps,
  input: { email: string; ip: string },
): Promise<void> {
  const { db } = deps.database;
  const account = await findAccountByEmail(db, input.email);
  if (!account || account.disabled) return;
  const [org] = await listOrganisationsOf(db, account.id);
  if (!org) return;
  const url = await issueOneTimeLink(deps, {
    orgId: org.id,
    accountId: account.id,
    purpose: 'password_reset',
    createdBy: null,
  });
  await deps.mailer.send(
    db,
    passwordResetEmail({ orgId: org.id, to: account.email, orgName: org.name, name: account.name, url }),
  );
  await recordAudit(db, {
    orgId: org.id,
    actorAccountId: null,
    action: 'account.password_reset_requested',
    target: account.email,
    ip: input.ip,
  });
}
