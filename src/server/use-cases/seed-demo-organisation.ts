import { randomUUID } from 'node:crypto';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { hashPassword } from '#server/auth/secrets';
import { findAccountByEmail, insertAccount, insertMembership } from '#store/accounts-store';
import type { Db } from '#store/database';
import { DEMO_ORG, DEMO_PASSWORD, type DemoAccount, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { findOrganisationBySlug, insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { seedDemoPairs } from '#server/use-cases/seed-demo-pairs';
import { seedDemoPrograms } from '#server/use-cases/seed-demo-programs';
import { seedDemoCheckIns } from '#server/use-cases/seed-demo-check-ins';
import { seedDemoWorkspace } from '#server/use-cases/seed-demo-workspace';
import { seedDemoContinuations } from '#server/use-cases/seed-demo-continuations';
import { seedDemoReportNotes } from '#server/use-cases/seed-demo-report-notes';

export type DemoLogin = { readonly email: string; readonly roles: readonly string[]; readonly label: string };

/**
 * Loads the demo organisation (Northwind Energy): its people with their reporting lines, one
 * account per role (all with the demo password), a program in each phase, and the running and
 * closed programs' pairs with their meetings, goals and history. Refuses when it is
 * already there.
 */
export async function seedDemoOrganisation(deps: AppDeps): Promise<Result<{ logins: DemoLogin[] }>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (await findOrganisationBySlug(db, DEMO_ORG.slug)) {
      return fail([issue('conflict', `The demo organisation "${DEMO_ORG.slug}" is already loaded.`)]);
    }
    const org = await insertOrganisation(db, { slug: DEMO_ORG.slug, name: DEMO_ORG.name });
    const idOf = new Map(demoPeople.map((p) => [p.key, randomUUID()]));
    await insertPeople(
      db,
      org.id,
      demoPeople.map((p) => ({
        id: idOf.get(p.key)!,
        email: p.email,
        name: p.name,
        title: p.title,
        level: p.level,
        department: p.department,
        managerId: p.managerKey ? (idOf.get(p.managerKey) ?? null) : null,
        location: p.location,
        timeZone: p.timeZone,
        hireDate: p.hireDate,
        employmentStatus: p.employmentStatus,
        endDate: p.endDate,
      })),
    );
    const logins: DemoLogin[] = [];
    const accountOfPerson = new Map<string, string>();
    for (const [personKey, accountsOfPerson] of groupByPerson(demoAccounts)) {
      const person = demoPeople.find((p) => p.key === personKey)!;
      const roles = accountsOfPerson.map((a) => a.role);
      const account =
        (await findAccountByEmail(db, person.email)) ??
        (await insertAccount(db, { email: person.email, name: person.name, passwordHash }));
      await insertMembership(db, {
        orgId: org.id,
        accountId: account.id,
        personId: idOf.get(personKey)!,
        roles,
      });
      logins.push({ email: person.email, roles, label: accountsOfPerson.map((a) => a.label).join(', ') });
    }
    await seedDemoPrograms(
      db,
      org.id,
      (key) => idOf.get(key)!,
      (key) => accountOfPerson.get(key) ?? null,
    );
    await seedDemoPairs(db, org.id, (key) => idOf.get(key)!);
    await seedDemoWorkspace(db, org.id, deps.keys, deps.now());
    await seedDemoCheckIns(db, org.id, deps.now());
    await seedDemoReportNotes(db, org.id, accountOfPerson.get('hr-program-manager') ?? null, deps.now());
    await seedDemoContinuations(db, org.id);
    return ok({ logins });
  });
}

function groupByPerson(accounts: readonly DemoAccount[]): Map<string, DemoAccount[]> {
  const groups = new Map<string, DemoAccount[]>();
  for (const a of accounts) groups.set(a.personKey, [...(groups.get(a.personKey) ?? []), a]);
  return groups;
}
