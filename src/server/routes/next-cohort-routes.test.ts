import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, enrollments, pairs, people, programs } from '#store/schema';
import { addPair, type BuiltPair } from '#tests/fixtures/check-in-builders';
import { CAST, type EnrollmentWorld, enrollmentWorld } from '#tests/fixtures/enrollment-world';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';

/**
 * The next cohort: HR's lessons learned (a closed program too, carried by a clone) and the alumni of
 * earlier cohorts. The chain: Cohort 1 (closed) → Cohort 2 (closed) → Cohort 3 (draft).
 */
let w: EnrollmentWorld;
let hr: Session;
let c1: string;
let c2: string;
let c3: string;
/** Cohort 2: a pair that lasted, and one HR ended early. Cohort 1: two pairs that lasted. */
let lasted2: BuiltPair;
let early2: BuiltPair;
let leaver1: BuiltPair;
let returning1: BuiltPair;

type Preview = {
  earlierCohorts: { id: string; name: string; phase: string }[];
  counts: { mentor: number; mentee: number };
  people: { personId: string; name: string; side: string; cohort: { id: string; name: string } }[];
};

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  const { db } = w.t.database;
  c1 = await w.program({ name: 'Cohort 1', phase: 'closed', startDate: '2025-01-06' });
  c2 = await w.program({ name: 'Cohort 2', phase: 'closed', startDate: '2025-09-01' });
  c3 = await w.program({ name: 'Cohort 3', phase: 'draft', startDate: '2026-05-04' });
  await db.update(programs).set({ clonedFromId: c1 }).where(eq(programs.id, c2));
  await db.update(programs).set({ clonedFromId: c2 }).where(eq(programs.id, c3));
  lasted2 = await addPair(db, w.orgId, c2, 'lasted2');
  early2 = await addPair(db, w.orgId, c2, 'early2', { status: 'ended' });
  // Cohort 2 runs 2025-09-01 to 2026-03-01; this pair ended in December.
  await db
    .update(pairs)
    .set({ endedAt: new Date('2025-12-01T00:00:00Z') })
    .where(eq(pairs.id, early2.pairId));
  leaver1 = await addPair(db, w.orgId, c1, 'leaver1');
  returning1 = await addPair(db, w.orgId, c1, 'returning1');
  await db.update(people).set({ employmentStatus: 'left' }).where(eq(people.id, leaver1.mentor.personId));
  // Already in Cohort 3 (declined last time round): not invited again.
  await db.insert(enrollments).values({
    orgId: w.orgId,
    programId: c3,
    personId: returning1.mentee.personId,
    side: 'mentee',
    status: 'declined',
  });
});
afterAll(() => w.t.close());

/** Globex, made once: another tenant with its own HR. */
let globex: Awaited<ReturnType<EnrollmentWorld['other']>> | undefined;
const other = async () => {
  globex ??= await w.other();
  return globex;
};

const preview = async (session: Session, id: string) =>
  session.inject({ method: 'GET', url: `/api/programs/${id}/alumni` });
const inviteAlumni = (session: Session, id: string) =>
  session.inject({ method: 'POST', url: `/api/programs/${id}/alumni/invitations`, payload: {} });

describe('alumni of earlier cohorts', () => {
  it('previews who completed an earlier cohort, still works here and is not in the program yet', async () => {
    const response = await preview(hr, c3);
    expect(response.statusCode, response.body).toBe(200);
    const body: Preview = response.json();
    expect(body.earlierCohorts).toEqual([
      { id: c2, name: 'Cohort 2', phase: 'closed' },
      { id: c1, name: 'Cohort 1', phase: 'closed' },
    ]);
    // Not: the early pair (ended before Cohort 2's end), the leaver, the person already enrolled.
    expect(body.counts).toEqual({ mentor: 2, mentee: 2 });
    expect(body.people.map((p) => `${p.side}:${p.name}:${p.cohort.name}`)).toEqual([
      'mentor:Mentor lasted2:Cohort 2',
      'mentor:Mentor returning1:Cohort 1',
      'mentee:Mentee lasted2:Cohort 2',
      'mentee:Mentee leaver1:Cohort 1',
    ]);
  });

  it('invites them on the side they took, by email, and audits it once', async () => {
    const response = await inviteAlumni(hr, c3);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ invited: 4, bySide: { mentor: 2, mentee: 2 }, skipped: [] });
    const rows = await w.t.database.db
      .select({ personId: enrollments.personId, side: enrollments.side, status: enrollments.status })
      .from(enrollments)
      .where(and(eq(enrollments.programId, c3), eq(enrollments.status, 'invited')));
    expect(new Map(rows.map((r) => [r.personId, r.side]))).toEqual(
      new Map([
        [lasted2.mentor.personId, 'mentor'],
        [returning1.mentor.personId, 'mentor'],
        [lasted2.mentee.personId, 'mentee'],
        [leaver1.mentee.personId, 'mentee'],
      ]),
    );
    const [mail] = await w.mailTo(lasted2.mentor.email);
    expect(mail?.subject).toBe("You're invited to Cohort 3 at Northwind Energy");
    expect(await w.mailTo(leaver1.mentor.email)).toEqual([]);
    expect(await w.mailTo(early2.mentor.email)).toEqual([]);
    const audit = await w.t.database.db
      .select({ detail: auditEvents.detail, target: auditEvents.target })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.action, 'program.alumni_invited')));
    expect(audit).toEqual([
      {
        target: 'Cohort 3',
        detail: expect.objectContaining({ programId: c3, invited: 4, mentors: 2, mentees: 2 }),
      },
    ]);
  });

  it('invites nobody twice when run again', async () => {
    const again = await inviteAlumni(hr, c3);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ invited: 0, bySide: { mentor: 0, mentee: 0 }, skipped: [] });
    expect((await w.mailTo(lasted2.mentor.email)).length).toBe(1);
    const after: Preview = (await preview(hr, c3)).json();
    expect(after.counts).toEqual({ mentor: 0, mentee: 0 });
    expect(after.people).toEqual([]);
    const inC3 = await w.t.database.db.$count(enrollments, eq(enrollments.programId, c3));
    expect(inC3).toBe(5);
  });

  it('has no one to offer when the program has no earlier cohort', async () => {
    const body: Preview = (await preview(hr, c1)).json();
    expect(body).toEqual({ earlierCohorts: [], counts: { mentor: 0, mentee: 0 }, people: [] });
    const fresh = await w.program({ name: 'Fresh', phase: 'draft' });
    expect((await inviteAlumni(hr, fresh)).json()).toMatchObject({ invited: 0 });
  });

  it('sends invitations only while the program takes them', async () => {
    const later = await w.program({ name: 'Cohort 3b', phase: 'draft' });
    await w.t.database.db.update(programs).set({ clonedFromId: c2 }).where(eq(programs.id, later));
    // Cohort 2 and, through it, Cohort 1: nobody is in this program yet.
    expect((await preview(hr, later)).json().counts).toEqual({ mentor: 2, mentee: 3 });
    await setProgramPhase(w.t.database.db, later, 'matching');
    const refused = await inviteAlumni(hr, later);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/Draft or Recruiting/);
  });

  it('is HR’s alone, and another organisation’s program is not found', async () => {
    const junior = await w.as(CAST.junior);
    expect((await preview(junior, c3)).statusCode).toBe(403);
    expect((await inviteAlumni(junior, c3)).statusCode).toBe(403);
    const { session } = await other();
    for (const response of [await preview(session, c3), await inviteAlumni(session, c3)]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Mentor lasted2');
    }
  });
});

describe('lessons learned', () => {
  const save = (session: Session, id: string, lessonsLearned: unknown) =>
    session.inject({
      method: 'PUT',
      url: `/api/programs/${id}/lessons-learned`,
      payload: { lessonsLearned },
    });

  it('are written on a closed program and carried into its clone', async () => {
    const lessons = 'Start matching a week earlier.\nPair sales with engineering more often.';
    const saved = await save(hr, c1, `  ${lessons}  `);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ lessonsLearned: lessons });
    const program = (await hr.inject({ method: 'GET', url: `/api/programs/${c1}` })).json();
    expect(program).toMatchObject({ phase: 'closed', settings: { lessonsLearned: lessons } });
    const clone = await hr.inject({
      method: 'POST',
      url: `/api/programs/${c1}/clone`,
      payload: { name: 'Cohort 1, again', startDate: '2027-01-04' },
    });
    expect(clone.statusCode).toBe(201);
    expect(clone.json()).toMatchObject({
      phase: 'draft',
      clonedFrom: { id: c1, name: 'Cohort 1' },
      settings: { lessonsLearned: lessons, avoidRepeatPairs: true },
    });
  });

  it('refuses text that is too long, field by field, and other organisations', async () => {
    const long = await save(hr, c1, 'x'.repeat(5001));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.issues.map((i: { path: string[] }) => i.path)).toEqual([['lessonsLearned']]);
    expect((await save(hr, c1, 42)).statusCode).toBe(400);
    expect((await save(await w.as(CAST.junior), c1, 'no')).statusCode).toBe(403);
    expect((await save((await other()).session, c1, 'no')).statusCode).toBe(404);
  });
});
