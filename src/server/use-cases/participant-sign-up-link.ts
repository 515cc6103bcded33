import type { AppDeps } from '#server/app-deps';
import { issueOneTimeLink } from '#server/use-cases/issue-one-time-link';
import { findAccountByEmail, findMembership, insertAccount, insertMembership } from '#store/accounts-store';
import type { Db } from '#store/database';

type Person = { readonly id: string; readonly email: string; readonly name: string };

/**
 * Makes sure a person invited or nominated to a program can sign in: adds them to the organisation as a
 * participant linked to their employee record when they are not a member yet, and returns a one-time
 * sign-up link when they have no password. Null when they can already sign in.
 * Runs inside the caller's transaction (`db`).
 */
export async function participantSignUpLink(
  deps: AppDeps,
  db: Db,
  input: { readonly orgId: string; readonly createdBy: string; readonly person: Person },
): Promise<string | null> {
  const { orgId, person } = input;
  const account =
    (await findAccountByEmail(db, person.email)) ??
    (await insertAccount(db, { email: person.email, name: person.name, passwordHash: null }));
  if (!(await findMembership(db, orgId, account.id))) {
    await insertMembership(db, { orgId, accountId: account.id, personId: person.id, roles: ['participant'] });
  }
  if (account.passwordHash) return null;
  return issueOneTimeLink(
    { ...deps, database: { ...deps.database, db } },
    { orgId, accountId: account.id, purpose: 'invitation', createdBy: input.createdBy },
  );
}
