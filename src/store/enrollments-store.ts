import { aliasedTable, and, asc, desc, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { accounts, consentRecords, enrollments, people, programs } from '#store/schema';
import type { EnrollmentState } from '#core/programs/enrollment-rules';

/**
 * Enrollments: who takes part in which program, on which side, in which state. Every query is scoped
 * by the organisation. Lists meant for HR and ERG leads never select the sensitive answers; only the
 * participant's own application reads them.
 */
export type EnrollmentRecord = typeof enrollments.$inferSelect;
export type EnrollmentStatus = EnrollmentState;
export type EnrollmentSide = EnrollmentRecord['side'];
export type NewEnrollment = Omit<typeof enrollments.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type EnrollmentPatch = Partial<
  Pick<
    EnrollmentRecord,
    | 'status'
    | 'answers'
    | 'sensitiveAnswers'
    | 'matchingConsent'
    | 'decidedByAccountId'
    | 'decidedAt'
    | 'submittedAt'
    | 'withdrawnAt'
  >
>;

const nominator = aliasedTable(accounts, 'nominator');

export async function insertEnrollment(db: Db, values: NewEnrollment): Promise<EnrollmentRecord> {
  const [row] = await db.insert(enrollments).values(values).returning();
  return row!;
}

export async function updateEnrollment(
  db: Db,
  orgId: string,
  enrollmentId: string,
  patch: EnrollmentPatch,
): Promise<void> {
  await db
    .update(enrollments)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.id, enrollmentId)));
}

export async function findEnrollmentOfPerson(
  db: Db,
  orgId: string,
  programId: string,
  personId: string,
): Promise<EnrollmentRecord | undefined> {
  const [row] = await db
    .select()
    .from(enrollments)
    .where(
      and(
        eq(enrollments.orgId, orgId),
        eq(enrollments.programId, programId),
        eq(enrollments.personId, personId),
      ),
    );
  return row;
}

/** The enrollments some people already have in a program (for bulk invitations). */
export async function enrollmentsOfPeople(
  db: Db,
  orgId: string,
  programId: string,
  personIds: readonly string[],
): Promise<Pick<EnrollmentRecord, 'personId' | 'status'>[]> {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: enrollments.personId, status: enrollments.status })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.orgId, orgId),
        eq(enrollments.programId, programId),
        inArray(enrollments.personId, [...personIds]),
      ),
    );
}

/** Enrollments of one program by id, with the person's name and email (for decisions and their emails). */
export async function enrollmentsByIds(db: Db, orgId: string, programId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: enrollments.id,
      side: enrollments.side,
      status: enrollments.status,
      personName: people.name,
      personEmail: people.email,
    })
    .from(enrollments)
    .innerJoin(people, and(eq(people.id, enrollments.personId), eq(people.orgId, enrollments.orgId)))
    .where(
      and(
        eq(enrollments.orgId, orgId),
        eq(enrollments.programId, programId),
        inArray(enrollments.id, [...ids]),
      ),
    );
}

export async function recordConsent(
  db: Db,
  input: { orgId: string; enrollmentId: string; granted: boolean },
): Promise<void> {
  await db.insert(consentRecords).values({ ...input, purpose: 'matching' });
}

export async function listConsentRecords(db: Db, orgId: string, enrollmentId: string) {
  return db
    .select({ granted: consentRecords.granted, createdAt: consentRecords.createdAt })
    .from(consentRecords)
    .where(and(eq(consentRecords.orgId, orgId), eq(consentRecords.enrollmentId, enrollmentId)))
    .orderBy(asc(consentRecords.createdAt), asc(consentRecords.id));
}

export type EnrollmentFilter = {
  readonly side?: EnrollmentSide | undefined;
  readonly status?: EnrollmentStatus | undefined;
  readonly q?: string | undefined;
  readonly enrollmentId?: string | undefined;
};

/** What HR sees of each enrollment: never the sensitive answers, only how many there are. */
export async function listEnrollmentRows(db: Db, orgId: string, programId: string, filter: EnrollmentFilter) {
  const term = filter.q?.trim();
  const like = term ? `%${escapeLike(term)}%` : '';
  return db
    .select({
      id: enrollments.id,
      side: enrollments.side,
      status: enrollments.status,
      personId: people.id,
      personName: people.name,
      personTitle: people.title,
      personDepartment: people.department,
      personLevel: people.level,
      nominatedBy: nominator.name,
      nominationNote: enrollments.nominationNote,
      submittedAt: enrollments.submittedAt,
      decidedAt: enrollments.decidedAt,
      answers: enrollments.answers,
      sensitiveAnswered: sql<number>`(select count(*) from jsonb_object_keys(${enrollments.sensitiveAnswers}))::int`,
      matchingConsent: enrollments.matchingConsent,
    })
    .from(enrollments)
    .innerJoin(people, and(eq(people.id, enrollments.personId), eq(people.orgId, enrollments.orgId)))
    .leftJoin(nominator, eq(nominator.id, enrollments.nominatedByAccountId))
    .where(
      and(
        eq(enrollments.orgId, orgId),
        eq(enrollments.programId, programId),
        filter.enrollmentId ? eq(enrollments.id, filter.enrollmentId) : undefined,
        filter.side ? eq(enrollments.side, filter.side) : undefined,
        filter.status ? eq(enrollments.status, filter.status) : undefined,
        term
          ? or(ilike(people.name, like), ilike(people.department, like), ilike(people.title, like))
          : undefined,
      ),
    )
    .orderBy(asc(people.name), asc(enrollments.id));
}

export type EnrollmentRowRecord = Awaited<ReturnType<typeof listEnrollmentRows>>[number];

/** An ERG lead's own nominees, newest first. */
export async function listNominationsBy(db: Db, orgId: string, accountId: string) {
  return db
    .select({
      programId: programs.id,
      programName: programs.name,
      programPhase: programs.phase,
      personId: people.id,
      personName: people.name,
      personTitle: people.title,
      personDepartment: people.department,
      status: enrollments.status,
      note: enrollments.nominationNote,
      createdAt: enrollments.createdAt,
    })
    .from(enrollments)
    .innerJoin(programs, and(eq(programs.id, enrollments.programId), eq(programs.orgId, enrollments.orgId)))
    .innerJoin(people, and(eq(people.id, enrollments.personId), eq(people.orgId, enrollments.orgId)))
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.nominatedByAccountId, accountId)))
    .orderBy(desc(enrollments.createdAt), asc(enrollments.id));
}

/** The programs one person is enrolled in (whatever the state), with the enrollment. */
export async function listEnrollmentsOfPerson(db: Db, orgId: string, personId: string) {
  return enrollmentsOfPerson(db).execute({ orgId, personId });
}

const enrollmentsOfPerson = preparedQuery((db) =>
  db
    .select({ program: programs, enrollment: enrollments })
    .from(enrollments)
    .innerJoin(programs, and(eq(programs.id, enrollments.programId), eq(programs.orgId, enrollments.orgId)))
    .where(
      and(
        eq(enrollments.orgId, sql.placeholder('orgId')),
        eq(enrollments.personId, sql.placeholder('personId')),
      ),
    )
    .orderBy(desc(programs.startDate), asc(programs.name))
    .prepare('enrollments_of_person'),
);

/**
 * What a person's "my programs" page shows, in one statement (ADR 018): every program they are
 * enrolled in and every program recruiting now, each with their enrollment (null when they have
 * none) and their own pairs in it (for certificates), newest start first; plus their level. No
 * rows when the person is not in the organisation.
 */
export async function listProgramsOfPerson(db: Db, orgId: string, personId: string) {
  const rows = await programsOfPerson(db).execute({ orgId, personId });
  return rows.map(({ ownPairs, ...row }) => ({
    ...row,
    ownPairs: (ownPairs ?? []).map((p) => ({
      pairId: p.pairId,
      side: p.side,
      endedAt: p.endedAt === null ? null : new Date(p.endedAt),
    })),
  }));
}

const programsOfPerson = preparedQuery((db) => {
  const personId = sql.placeholder('personId');
  return db
    .select({
      program: programs,
      enrollment: enrollments,
      level: people.level,
      ownPairs: sql<{ pairId: string; side: 'mentor' | 'mentee'; endedAt: string | null }[] | null>`(
        select json_agg(json_build_object('pairId', pr.id,
          'side', case when pr.mentor_person_id = ${personId} then 'mentor' else 'mentee' end,
          'endedAt', pr.ended_at) order by pr.started_at, pr.id)
        from pairs pr
        where pr.org_id = ${programs.orgId} and pr.program_id = ${programs.id}
          and (pr.mentor_person_id = ${personId} or pr.mentee_person_id = ${personId}))`,
    })
    .from(programs)
    .innerJoin(people, and(eq(people.orgId, programs.orgId), eq(people.id, personId)))
    .leftJoin(
      enrollments,
      and(
        eq(enrollments.orgId, programs.orgId),
        eq(enrollments.programId, programs.id),
        eq(enrollments.personId, personId),
      ),
    )
    .where(
      and(
        eq(programs.orgId, sql.placeholder('orgId')),
        or(eq(programs.phase, 'recruiting'), isNotNull(enrollments.id)),
      ),
    )
    .orderBy(desc(programs.startDate), asc(programs.name))
    .prepare('programs_of_person');
});

/** Programs taking participants now (phase recruiting); callers filter on the enrollment mode. */
export async function listRecruitingPrograms(db: Db, orgId: string) {
  return recruitingPrograms(db).execute({ orgId });
}

const recruitingPrograms = preparedQuery((db) =>
  db
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, sql.placeholder('orgId')), eq(programs.phase, 'recruiting')))
    .orderBy(desc(programs.startDate), asc(programs.name))
    .prepare('recruiting_programs'),
);

/** Enrollment counts of a program grouped by side, status, department and level. */
export async function countEnrollments(db: Db, orgId: string, programId: string) {
  return db
    .select({
      side: enrollments.side,
      status: enrollments.status,
      department: people.department,
      level: people.level,
      count: sql<number>`count(*)::int`,
    })
    .from(enrollments)
    .innerJoin(people, and(eq(people.id, enrollments.personId), eq(people.orgId, enrollments.orgId)))
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.programId, programId)))
    .groupBy(enrollments.side, enrollments.status, people.department, people.level);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
