import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { issueOneTimeLink } from '#server/use-cases/issue-one-time-link';
import { findAccountByEmail, insertAccount, insertMembership } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { findOrganisationBySlug, insertOrganisation } from '#store/organisations-store';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

/** A new tenant with its first admin, who gets a one-time link to choose a password and sign in. */
export async function createOrganisation(
  deps: AppDeps,
  input: { name: string; slug: string; adminEmail: string },
): Promise<Result<{ orgId: string; loginLink: string }>> {
  const name = input.name.trim();
  const email = input.adminEmail.trim().toLowerCase();
  const problems = [
    ...(name ? [] : [issue('required', 'The organisation needs a name.', ['name'])]),
    ...(SLUG_PATTERN.test(input.slug)
      ? []
      : [
          issue('invalid_slug', 'The slug takes lower-case letters, digits and dashes (e.g. acme-corp).', [
            'slug',
          ]),
        ]),
    ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
      ? []
      : [issue('invalid_email', 'The admin email is not valid.', ['adminEmail'])]),
  ];
  if (problems.length > 0) return fail(problems);
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (await findOrganisationBySlug(db, input.slug)) {
      return fail([
        issue('conflict', `An organisation with the slug "${input.slug}" already exists.`, ['slug']),
      ]);
    }
    const org = await insertOrganisation(db, { name, slug: input.slug });
    const account =
      (await findAccountByEmail(db, email)) ??
      (await insertAccount(db, { email, name: email.split('@')[0] ?? email, passwordHash: null }));
    await insertMembership(db, {
      orgId: org.id,
      accountId: account.id,
      personId: null,
      roles: ['org_admin'],
    });
    const loginLink = await issueOneTimeLink(
      { ...deps, database: { ...deps.database, db } },
      { orgId: org.id, accountId: account.id, purpose: 'invitation', createdBy: null },
    );
    await recordAudit(db, {
      orgId: org.id,
      actorAccountId: null,
      action: 'organisation.created',
      target: input.slug,
    });
    return ok({ orgId: org.id, loginLink });
  });
}
