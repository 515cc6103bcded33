import type { Role } from '#core/access/roles';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { getShellOf, type ShellPerson } from '#store/accounts-store';

export type Me = {
  account: { id: string; email: string; name: string };
  org: { id: string; slug: string; name: string };
  roles: Role[];
  person: ShellPerson | null;
  orgs: { id: string; slug: string; name: string }[];
  csrfToken: string;
  mailMode: 'outbox' | 'smtp';
};

/** What the signed-in person's browser needs to draw the right shell. */
export async function describeMe(deps: AppDeps, caller: Caller): Promise<Me> {
  const { orgs, person } = await getShellOf(
    deps.database.db,
    caller.accountId,
    caller.orgId,
    caller.personId,
  );
  return {
    account: { id: caller.accountId, email: caller.email, name: caller.name },
    org: caller.org,
    roles: [...caller.roles],
    person,
    orgs,
    csrfToken: caller.csrfToken,
    mailMode: deps.mailer.mode,
  };
}
