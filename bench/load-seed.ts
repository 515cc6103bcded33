/**
 * The load benchmark's data (bench/load.ts): the impact benchmark's organisation and program
 * (bench/impact-seed.ts) at 5,000 people and 1,053 pairs — 1,000 of them active, 2,106 participants —
 * plus what signing in would have left behind: an account and a participant membership for every
 * participant, a few program managers (HR), and one live session each. Sessions go straight into the
 * database (sign-in is throttled per account and address, and scrypt would dominate the run); the
 * cookie token is `<salt>-<account id>`, stored as its sha256 like the server's own.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '#store/database';
import { seed } from './impact-seed';

export const LOAD_PEOPLE = 5_000;
/** 1,053 pairs of which every twentieth ended early: 1,000 active. */
export const LOAD_PAIRS = 1_053;
export const HR_ACCOUNTS = 20;
/** The seeded program (bench/impact-seed.ts). */
export const PROGRAM_ID = 'prg';

/** A signed-in participant of an active pair. */
export type Participant = { readonly token: string; readonly csrf: string; readonly pairId: string };
/** A signed-in program manager. */
export type Manager = { readonly token: string; readonly csrf: string };
export type LoadUsers = { readonly participants: Participant[]; readonly managers: Manager[] };

const ACCOUNTS = `
insert into accounts (id, email, name)
  select 'a' || i, 'person' || i || '@corp.example', 'Person ' || i from generate_series(0, 2 * $PAIRS - 1) i;
insert into memberships (id, org_id, account_id, person_id, roles)
  select 'mb' || i, 'org', 'a' || i, 'p' || i, '{participant}' from generate_series(0, 2 * $PAIRS - 1) i;
insert into accounts (id, email, name)
  select 'hr' || j, 'hr' || j || '@corp.example', 'HR ' || j from generate_series(0, $HR - 1) j;
insert into memberships (id, org_id, account_id, person_id, roles)
  select 'mbhr' || j, 'org', 'hr' || j, 'p' || ($PEOPLE - 2 - j), '{program_manager}' from generate_series(0, $HR - 1) j;
insert into sessions (id, org_id, account_id, csrf_token, expires_at)
  select encode(sha256(convert_to('$SALT-' || a.id, 'UTF8')), 'hex'), 'org', a.id, 'csrf-' || a.id,
    now() + interval '1 day'
  from accounts a;
vacuum analyze;
`;

/** Seeds a freshly migrated `database`; answers the signed-in users and how many seconds it took. */
export async function seedLoad(database: Database): Promise<{ seconds: number; users: LoadUsers }> {
  const start = performance.now();
  await seed(database, LOAD_PAIRS, LOAD_PEOPLE);
  const salt = randomBytes(8).toString('hex');
  const statements = ACCOUNTS.replaceAll('$PAIRS', String(LOAD_PAIRS))
    .replaceAll('$PEOPLE', String(LOAD_PEOPLE))
    .replaceAll('$HR', String(HR_ACCOUNTS))
    .replaceAll('$SALT', salt)
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const statement of statements) await database.db.execute(sql.raw(statement));
  return { seconds: (performance.now() - start) / 1000, users: loadUsers(salt) };
}

const signedIn = (salt: string, accountId: string) => ({
  token: `${salt}-${accountId}`,
  csrf: `csrf-${accountId}`,
});

/** Both sides of every active pair whose two people still work here, and every program manager. */
function loadUsers(salt: string): LoadUsers {
  const participants: Participant[] = [];
  const stayed = (person: number) => person % 29 !== 0; // impact-seed marks every 29th person as left
  for (let i = 0; i < LOAD_PAIRS; i++) {
    const mentee = LOAD_PAIRS + i;
    if (i % 20 === 0 || !stayed(i) || !stayed(mentee)) continue;
    participants.push({ ...signedIn(salt, `a${i}`), pairId: `pair${i}` });
    participants.push({ ...signedIn(salt, `a${mentee}`), pairId: `pair${i}` });
  }
  const managers = Array.from({ length: HR_ACCOUNTS }, (_, j) => signedIn(salt, `hr${j}`));
  return { participants, managers };
}
