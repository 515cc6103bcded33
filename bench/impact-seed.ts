/**
 * The impact benchmark's data (bench/impact.ts): a program of `pairs` pairs six months into a year in
 * an organisation of 50,000 people, with its history, seeded by set-based SQL (generate_series) so it
 * is quick and identical on PGlite and PostgreSQL. Ids are deterministic strings: organisation `org`,
 * program `prg`.
 */
import { sql } from 'drizzle-orm';
import { defaultSettings } from '#core/programs/program-defaults';
import type { Database } from '#store/database';

export const PEOPLE = 50_000;
export const NOW = new Date('2026-06-01T12:00:00Z');
const START = '2025-12-01';
const END = '2026-11-30';
const MIDPOINT = '2026-06-01';

/** Statements in order; `$PAIRS` and `$PEOPLE` are the sizes, ids are deterministic strings. */
const SEED = `
insert into organisations (id, slug, name) values ('org', 'bench', 'Bench');
insert into people (id, org_id, email, name, level, department, hire_date, employment_status, end_date)
  select 'p' || i, 'org', 'person' || i || '@corp.example', 'Person ' || i,
    case when i < $PAIRS then 1 + i % 4 when i < 2 * $PAIRS then 8 + i % 5 else 1 + i % 12 end,
    (array['Engineering','Finance','Sales','Marketing','Operations','People','Legal'])[1 + i % 7],
    date '2005-01-01' + (i * 37) % 7300,
    case when i % 29 = 0 then 'left' else 'active' end,
    case when i % 29 = 0 then date '${START}' + 10 + (i % 170) end
  from generate_series(0, $PEOPLE - 1) i;
insert into programs (id, org_id, name, type, phase, sponsor_person_id, start_date, end_date, midpoint_date, settings, intake_form)
  values ('prg', 'org', 'Bench cohort', 'reverse', 'midpoint', 'p' || ($PEOPLE - 1), '${START}', '${END}', '${MIDPOINT}',
    $SETTINGS::jsonb, '[]'::jsonb);
insert into enrollments (id, org_id, program_id, person_id, side, status, submitted_at, decided_at, created_at)
  select 'e' || i, 'org', 'prg', 'p' || i, case when i < $PAIRS then 'mentor' else 'mentee' end,
    'approved', timestamptz '2025-10-15' + (i % 20) * interval '1 day',
    timestamptz '2025-11-10' + (i % 10) * interval '1 day', timestamptz '2025-10-01' + (i % 14) * interval '1 day'
  from generate_series(0, 2 * $PAIRS - 1) i;
insert into enrollments (id, org_id, program_id, person_id, side, status, created_at)
  select 'e' || i, 'org', 'prg', 'p' || i, case when i % 2 = 0 then 'mentor' else 'mentee' end,
    case when i % 3 = 0 then 'declined' else 'invited' end, timestamptz '2025-10-01'
  from generate_series(2 * $PAIRS, 2 * $PAIRS + $PAIRS / 5 - 1) i;
insert into pairs (id, org_id, program_id, mentor_person_id, mentee_person_id, status, score, explanation, contributions, started_at, ended_at)
  select 'pair' || i, 'org', 'prg', 'p' || i, 'p' || ($PAIRS + i),
    case when i % 20 = 0 then 'ended' else 'active' end, 80, '', '[]'::jsonb, timestamptz '${START}',
    case when i % 20 = 0 then timestamptz '2026-03-01' end
  from generate_series(0, $PAIRS - 1) i;
insert into pair_agreements (pair_id, org_id, ground_rules, schedule, mentor_objectives, mentee_objectives, agreed_at)
  select 'pair' || i, 'org', '[]'::jsonb, '{}'::jsonb, '[]'::jsonb, '[]'::jsonb,
    case when i % 10 <> 0 then timestamptz '${START}' + interval '10 days' end
  from generate_series(0, $PAIRS - 1) i;
insert into meeting_series (id, org_id, pair_id, schedule, starts_on, ends_on)
  select 's' || i, 'org', 'pair' || i, '{}'::jsonb, '${START}', '${END}' from generate_series(0, $PAIRS - 1) i;
insert into meetings (id, org_id, pair_id, series_id, original_start, starts_at, duration_minutes, status, mentor_pulse, mentee_pulse)
  select 'm' || i || '-' || k, 'org', 'pair' || i, 's' || i, t, t, 60,
    case when t > timestamptz '${NOW.toISOString()}' then 'scheduled' when (i + k) % 6 = 0 then 'missed' else 'held' end,
    case when t <= timestamptz '${NOW.toISOString()}' and (i + k) % 6 <> 0 then 3 + (i + k) % 3 end,
    case when t <= timestamptz '${NOW.toISOString()}' and (i + k) % 6 <> 0 and k % 2 = 0 then 2 + (i * k) % 4 end
  from generate_series(0, $PAIRS - 1) i, generate_series(0, 25) k,
    lateral (select timestamptz '${START} 09:00Z' + interval '14 days' * k + interval '1 hour' * (i % 8) as t) s;
insert into skills (id, org_id, name)
  select 'k' || j, 'org', 'Skill ' || j from generate_series(0, 29) j;
insert into meeting_lessons (id, org_id, meeting_id, taught_by, skill_id)
  select 'l' || m.id || '-' || side, 'org', m.id, side,
    'k' || ((length(m.id) + ascii(right(m.id, 1)) + case when side = 'mentor' then 0 else 15 end) % 30)
  from meetings m, unnest(array['mentor', 'mentee']) side where m.status = 'held';
insert into pair_goals (id, org_id, pair_id, side, title, progress, completed_at)
  select 'g' || i || '-' || side, 'org', 'pair' || i, side, 'A goal', case when i % 3 = 0 then 100 else 40 end,
    case when i % 3 = 0 then timestamptz '2026-04-01' end
  from generate_series(0, $PAIRS - 1) i, unnest(array['mentor', 'mentee']) side;
analyze;
`;

export async function timed<T>(run: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** Seeds `database` (freshly migrated) and answers how many seconds it took; `people` is the organisation's size. */
export async function seed(database: Database, pairs: number, people = PEOPLE): Promise<number> {
  const settings = JSON.stringify(defaultSettings('reverse')).replaceAll("'", "''");
  const statements = SEED.replaceAll('$PAIRS', String(pairs))
    .replaceAll('$PEOPLE', String(people))
    .replaceAll('$SETTINGS', `'${settings}'`)
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  const { seconds } = await timed(async () => {
    for (const statement of statements) await database.db.execute(sql.raw(statement));
  });
  return seconds;
}
