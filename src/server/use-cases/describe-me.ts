import type { Role } from '#core/access/roles';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { listOrganisationsOf } from '#store/accounts-store';
import { getPerson } from '#store/people-store';

export type Me = {
  account: { id: string; email: string; name: string };
  org: { id: string; slug: string; name: string };
  roles: Role[];
  person: {
    id: string;
    name: string;
    title: string;
    department: string;
    level: number | null;
    timeZone: string;
  } | null;
  orgs: { id: string; slug: string; name: string }[];
  csrfToken: string;
  mailMode: 'outbox' | 'smtp';
};

/** What the signed-in person's browser needs to draw the right shell. */
export async function describeMe(deps: AppDeps, caller: Caller): Promise<Me> {
  const { db } = deps.database;
  const [orgs, person] = await Promise.all([
    listOrganisationsOf(db, caller.accountId),
    caller.personId ? getPerson(db, caller.orgId, caller.personId) : undefined,
  ]);
  return {
    account: { id: caller.accountId, email: caller.email, name: caller.name },
    org: caller.org,
    roles: [...caller.roles],
    person: person
      ? {
          id: person.id,
          name: person.name,
          title: person.title,
          department: person.department,
          level: person.level,
          timeZone: person.timeZone,
        }
      : null,
    orgs,
    csrfToken: caller.csrfToken,
    mailMode: deps.mailer.mode,
  };
}
