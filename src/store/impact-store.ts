import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PairEngagementFacts } from '#core/impact/engagement';
import type { LessonCounts, SkillLessonCount } from '#core/impact/learning-exchange';
import type { ParticipantJourney } from '#core/impact/participation-funnel';
import type { EmploymentRecord } from '#core/impact/retention-comparison';
import type { Side } from '#core/programs/intake-form';
import { type Db, rowsOf } from '#store/database';
import { epochMs, packedDate, packedSelect, packedText, readPacked, unpack } from '#store/packed-rows';
import {
  enrollments,
  meetingLessons,
  meetings,
  pairAgreements,
  pairGoals,
  pairs,
  people,
  programs,
  skills,
} from '#store/schema';

/**
 * What the impact report (issue 8) is computed from, for one program: a fixed number of set-based
 * queries however many people and pairs it has. Dates, statuses, counts, pulses and skill names only —
 * never a note, a goal's title, a topic or an agreement's words. Scoped by organisation.
 */

const inProgram = (orgId: string, programId: string) =>
  and(eq(pairs.orgId, orgId), eq(pairs.programId, programId));

type PairDates = {
  readonly programId: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly firstHeldAt: Date | null;
};

/**
 * Each published pair matching `where` with its start, end and first held meeting (looked up per pair
 * through the meetings' (org, pair, start) index rather than grouping all of the program's meetings).
 * Packed (#store/packed-rows): one row however many pairs.
 */
async function listPairDates(db: Db, orgId: string, where: SQL | undefined): Promise<PairDates[]> {
  const firstHeld = sql`(select min(m.starts_at) from ${meetings} m
    where m.org_id = ${orgId} and m.pair_id = ${pairs.id} and m.status = 'held')`;
  const records = await readPacked(
    db,
    [
      sql`${pairs.programId}`,
      sql`${pairs.mentorPersonId}`,
      sql`${pairs.menteePersonId}`,
      epochMs(pairs.startedAt),
      epochMs(pairs.endedAt),
      epochMs(firstHeld),
    ],
    sql`from ${pairs} where ${where}`,
  );
  return records.map(([programId, mentorId, menteeId, startedAt, endedAt, firstHeldAt]) => ({
    programId: programId!,
    mentorId: mentorId!,
    menteeId: menteeId!,
    startedAt: packedDate(startedAt)!,
    endedAt: packedDate(endedAt),
    firstHeldAt: packedDate(firstHeldAt),
  }));
}

const earliest = (a: Date | null | undefined, b: Date | null) =>
  !a ? b : !b ? a : a.getTime() <= b.getTime() ? a : b;

const enrolledColumns = {
  programId: enrollments.programId,
  personId: enrollments.personId,
  side: enrollments.side,
  status: enrollments.status,
  createdAt: enrollments.createdAt,
  submittedAt: enrollments.submittedAt,
  decidedAt: enrollments.decidedAt,
};
type Enrolled = {
  readonly programId: string;
  readonly personId: string;
  readonly side: Side;
  readonly status: string;
  readonly createdAt: Date;
  readonly submittedAt: Date | null;
  readonly decidedAt: Date | null;
};

/** The journeys of `enrolled` from the pairs of their programs; `programEnd` dates completion. */
function journeysOf(
  enrolled: readonly Enrolled[],
  pairDates: readonly PairDates[],
  programEnd: (programId: string) => Date,
): ParticipantJourney[] {
  type Paired = { matched: Date | null; active: Date | null; stayed: boolean };
  const paired = new Map<string, Paired>();
  const note = (key: string, pair: PairDates) => {
    const end = programEnd(pair.programId);
    const seen = paired.get(key) ?? { matched: null, active: null, stayed: false };
    paired.set(key, {
      matched: earliest(seen.matched, pair.startedAt),
      active: earliest(seen.active, pair.firstHeldAt),
      stayed: seen.stayed || pair.endedAt === null || pair.endedAt.getTime() >= end.getTime(),
    });
  };
  for (const pair of pairDates) {
    note(`${pair.programId}:mentor:${pair.mentorId}`, pair);
    note(`${pair.programId}:mentee:${pair.menteeId}`, pair);
  }
  return enrolled.map((e) => {
    const p = paired.get(`${e.programId}:${e.side}:${e.personId}`);
    return {
      personId: e.personId,
      side: e.side,
      reached: {
        invited: e.createdAt,
        applied: e.submittedAt,
        approved: e.status === 'approved' ? e.decidedAt : null,
        matched: p?.matched ?? null,
        active: p?.active ?? null,
        completed: p?.matched && p.stayed ? programEnd(e.programId) : null,
      },
    };
  });
}

/**
 * Each enrolled person's way through the program (#core/impact/participation-funnel): enrolled when
 * the enrollment was created, applied when the intake was sent, approved when HR approved it, matched
 * at their first published pair's start, active at their first held meeting, and completed at
 * `programEnd` when matched and no pair of theirs ended before it. Two queries.
 */
export async function listParticipantJourneys(
  db: Db,
  orgId: string,
  programId: string,
  programEnd: Date,
): Promise<ParticipantJourney[]> {
  const [records, pairDates] = await Promise.all([
    readPacked(
      db,
      [
        sql`${enrollments.personId}`,
        sql`${enrollments.side}`,
        sql`${enrollments.status}`,
        epochMs(enrollments.createdAt),
        epochMs(enrollments.submittedAt),
        epochMs(enrollments.decidedAt),
      ],
      sql`from ${enrollments} where ${and(eq(enrollments.orgId, orgId), eq(enrollments.programId, programId))}`,
      sql`${enrollments.createdAt}, ${enrollments.id}`,
    ),
    listPairDates(db, orgId, inProgram(orgId, programId)),
  ]);
  const enrolled = records.map(
    ([personId, side, status, createdAt, submittedAt, decidedAt]): Enrolled => ({
      programId,
      personId: personId!,
      side: side as Side,
      status: status!,
      createdAt: packedDate(createdAt)!,
      submittedAt: packedDate(submittedAt),
      decidedAt: packedDate(decidedAt),
    }),
  );
  return journeysOf(enrolled, pairDates, () => programEnd);
}

export type NomineeProgramRow = {
  readonly id: string;
  readonly name: string;
  readonly phase: string;
  readonly endDate: string;
};

/**
 * The journeys (as `listParticipantJourneys`) of the people one account nominated, grouped by
 * program, newest start first (then by name); completion is dated at each program's end (`programEnd`
 * turns its `endDate` into a time). Only the enrollments that account nominated, and no names. Two
 * queries.
 */
export async function listNomineeJourneys(
  db: Db,
  orgId: string,
  nominatedByAccountId: string,
  programEnd: (endDate: string) => Date,
): Promise<{ program: NomineeProgramRow; journeys: ParticipantJourney[] }[]> {
  const enrolled = await db
    .select({
      ...enrolledColumns,
      program: { id: programs.id, name: programs.name, phase: programs.phase, endDate: programs.endDate },
    })
    .from(enrollments)
    .innerJoin(programs, and(eq(programs.id, enrollments.programId), eq(programs.orgId, enrollments.orgId)))
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.nominatedByAccountId, nominatedByAccountId)))
    .orderBy(desc(programs.startDate), asc(programs.name), asc(enrollments.createdAt), asc(enrollments.id));
  if (enrolled.length === 0) return [];
  const byProgram = new Map<string, { program: NomineeProgramRow; enrolled: Enrolled[] }>();
  for (const e of enrolled) {
    const group = byProgram.get(e.programId);
    if (group) group.enrolled.push(e);
    else byProgram.set(e.programId, { program: e.program, enrolled: [e] });
  }
  const nominees = [...new Set(enrolled.map((e) => e.personId))];
  const pairDates = await listPairDates(
    db,
    orgId,
    and(
      eq(pairs.orgId, orgId),
      inArray(pairs.programId, [...byProgram.keys()]),
      or(inArray(pairs.mentorPersonId, nominees), inArray(pairs.menteePersonId, nominees)),
    ),
  );
  const ends = new Map([...byProgram.values()].map((g) => [g.program.id, programEnd(g.program.endDate)]));
  const endOf = (programId: string) => ends.get(programId) ?? new Date(Number.NaN);
  return [...byProgram.values()].map((g) => ({
    program: g.program,
    journeys: journeysOf(g.enrolled, pairDates, endOf),
  }));
}

type EngagementMeeting = PairEngagementFacts['meetings'][number];
type EngagementGoal = PairEngagementFacts['goals'][number];

/** Packed records grouped by their first field, each read from the fields after it. */
function byFirstField<T>(records: readonly string[][], read: (fields: string[]) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const [key, ...fields] of records) {
    const value = read(fields);
    const list = grouped.get(key!);
    if (list) list.push(value);
    else grouped.set(key!, [value]);
  }
  return grouped;
}

const pulse = (field: string | undefined) => (field ? Number(field) : null);

/**
 * Every published pair of the program with what engagement is measured from: whether the kickoff
 * agreement is agreed, each meeting planned by `now` or held with its start, status and pulses, and
 * each goal's side and completion (a pair's meetings in no particular order: ordering them made the
 * database sort 65,000 meetings for a program of 5,000 pairs). Three packed reads (#store/packed-rows).
 */
export async function listPairEngagement(
  db: Db,
  orgId: string,
  programId: string,
  now: Date,
): Promise<PairEngagementFacts[]> {
  const [pairRecords, meetingRecords, goalRecords] = await Promise.all([
    readPacked(
      db,
      [
        sql`${pairs.id}`,
        sql`${pairs.mentorPersonId}`,
        sql`${pairs.menteePersonId}`,
        sql`case when ${pairAgreements.agreedAt} is null then '' else 'agreed' end`,
      ],
      sql`from ${pairs} left join ${pairAgreements}
        on ${pairAgreements.pairId} = ${pairs.id} and ${pairAgreements.orgId} = ${orgId}
        where ${inProgram(orgId, programId)}`,
      sql`${pairs.id}`,
    ),
    // Only what engagement can count (engagement.ts): meetings planned by now, and held ones.
    readPacked(
      db,
      [
        sql`${meetings.pairId}`,
        epochMs(meetings.startsAt),
        sql`${meetings.status}`,
        sql`${meetings.mentorPulse}`,
        sql`${meetings.menteePulse}`,
      ],
      sql`from ${meetings} join ${pairs} on ${pairs.id} = ${meetings.pairId}
        where ${meetings.orgId} = ${orgId} and ${inProgram(orgId, programId)}
          and ((${meetings.status} <> 'cancelled' and ${meetings.startsAt} <= ${now.toISOString()})
            or ${meetings.status} = 'held')`,
    ),
    readPacked(
      db,
      [sql`${pairGoals.pairId}`, sql`${pairGoals.side}`, sql`${pairGoals.completedAt} is not null`],
      sql`from ${pairGoals} join ${pairs} on ${pairs.id} = ${pairGoals.pairId}
        where ${pairGoals.orgId} = ${orgId} and ${inProgram(orgId, programId)}`,
    ),
  ]);
  const meetingsOf = byFirstField(
    meetingRecords,
    ([startMs, status, mentorPulse, menteePulse]): EngagementMeeting => ({
      startsAt: new Date(Number(startMs)),
      status: status as EngagementMeeting['status'],
      mentorPulse: pulse(mentorPulse),
      menteePulse: pulse(menteePulse),
    }),
  );
  const goalsOf = byFirstField(
    goalRecords,
    ([side, completed]): EngagementGoal => ({ side: side as Side, completed: completed === 'true' }),
  );
  return pairRecords.map(([pairId, mentorId, menteeId, agreed]) => ({
    pairId: pairId!,
    mentorId: mentorId!,
    menteeId: menteeId!,
    agreed: agreed === 'agreed',
    meetings: meetingsOf.get(pairId!) ?? [],
    goals: goalsOf.get(pairId!) ?? [],
  }));
}

/**
 * What each side taught in the program's held meetings (#core/impact/learning-exchange), counted in
 * the database: per teaching side and skill (by name) the lessons and the distinct learners (the other
 * person of the pair), and per teaching side the distinct learners of any skill. One query and about
 * two rows per skill, however many meetings were logged; skills come in name order.
 */
export async function listProgramLessons(db: Db, orgId: string, programId: string): Promise<LessonCounts> {
  const learnerId = sql`case when ${meetingLessons.taughtBy} = 'mentor' then ${pairs.menteePersonId} else ${pairs.mentorPersonId} end`;
  type Row = { taught_by: Side; skill: string; any_skill: unknown; lessons: unknown; learners: unknown };
  const rows = await rowsOf<Row>(
    db,
    sql`
    select ${meetingLessons.taughtBy} as taught_by, ${skills.name} as skill,
      grouping(${skills.name}) as any_skill, count(*) as lessons, count(distinct ${learnerId}) as learners
    from ${meetingLessons}
      join ${meetings} on ${meetings.id} = ${meetingLessons.meetingId} and ${meetings.status} = 'held'
      join ${pairs} on ${pairs.id} = ${meetings.pairId}
      join ${skills} on ${skills.id} = ${meetingLessons.skillId} and ${skills.orgId} = ${orgId}
    where ${meetingLessons.orgId} = ${orgId} and ${pairs.orgId} = ${orgId} and ${pairs.programId} = ${programId}
    group by grouping sets ((${meetingLessons.taughtBy}, ${skills.name}), (${meetingLessons.taughtBy}))
    order by ${skills.name}, ${meetingLessons.taughtBy}
  `,
  );
  const learnersTaughtBy = { mentor: 0, mentee: 0 };
  const bySkill: SkillLessonCount[] = [];
  for (const row of rows) {
    const [lessons, learners] = [Number(row.lessons), Number(row.learners)];
    if (Number(row.any_skill) === 1) learnersTaughtBy[row.taught_by] = learners;
    else bySkill.push({ skill: row.skill, taughtBy: row.taught_by, lessons, learners });
  }
  return { skills: bySkill, learnersTaughtBy };
}

type RetentionRow = EmploymentRecord & { readonly side: Side | null };

/**
 * The employment records retention is compared on (#core/impact/retention-comparison): the program's
 * participants (people in one of its published pairs, with their side) and the colleagues who could
 * be comparable — neither enrolled nor paired in the program, with a hire date, at the level and in
 * the department of some participant. The core makes the final choice by tenure. One query: the
 * participants' (level, department) keys are found once and colleagues joined to them, rather than a
 * correlated check per person (which took seconds on 50,000 people).
 */
export async function listRetentionRecords(
  db: Db,
  orgId: string,
  programId: string,
): Promise<{
  participants: (EmploymentRecord & { side: Side })[];
  employees: EmploymentRecord[];
}> {
  const [row] = await rowsOf<{ packed: string | null }>(
    db,
    sql`
    with taking as (
      select mentor_person_id as person_id, 'mentor' as side from ${pairs}
        where ${pairs.orgId} = ${orgId} and ${pairs.programId} = ${programId}
      union
      select mentee_person_id, 'mentee' from ${pairs}
        where ${pairs.orgId} = ${orgId} and ${pairs.programId} = ${programId}
    ),
    record as (
      select id, level, department, hire_date, employment_status, end_date,
        lower(trim(department)) as dept
      from ${people} where org_id = ${orgId}
    ),
    likeness as (
      select distinct r.level, r.dept from taking t join record r on r.id = t.person_id
      where r.level is not null and r.dept <> ''
    ),
    followed as (
      select r.id, r.level, r.department, r.hire_date, r.employment_status, r.end_date, t.side
        from taking t join record r on r.id = t.person_id
      union all
      select r.id, r.level, r.department, r.hire_date, r.employment_status, r.end_date, null
        from record r join likeness l on l.level = r.level and l.dept = r.dept
        where r.hire_date is not null
          and not exists (select 1 from taking t where t.person_id = r.id)
          and not exists (
            select 1 from ${enrollments} e
            where e.org_id = ${orgId} and e.program_id = ${programId} and e.person_id = r.id
          )
    )
    select ${packedSelect([
      sql`id`,
      sql`level`,
      sql`hire_date`,
      sql`employment_status`,
      sql`end_date`,
      sql`side`,
      packedText(sql`department`),
    ])} as packed from followed
  `,
  );
  const records: RetentionRow[] = unpack(row?.packed ?? null).map(
    ([id, level, hireDate, status, endDate, side, department]) => ({
      personId: id!,
      level: level ? Number(level) : null,
      department: department ?? '',
      hireDate: hireDate || null,
      employmentStatus: status as EmploymentRecord['employmentStatus'],
      endDate: endDate || null,
      side: (side as Side) || null,
    }),
  );
  return {
    participants: records.flatMap(({ side, ...r }) => (side ? [{ ...r, side }] : [])),
    employees: records.flatMap(({ side, ...r }) => (side ? [] : [r])),
  };
}
