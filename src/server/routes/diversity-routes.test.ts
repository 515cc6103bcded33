import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Side } from '#core/programs/intake-form';
import { insertPeople } from '#store/people-store';
import { enrollments } from '#store/schema';
import { addMember, addPair } from '#tests/fixtures/check-in-builders';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Cell = { suppressed: false; people: number } | { suppressed: true; reason: string; message: string };
type Table = { overall: Cell; bySide: { mentor: Cell; mentee: Cell } };
type Diversity = {
  audience: string;
  minGroupSize: number;
  questions: {
    questionId: string;
    label: string;
    respondents: Table;
    options: ({ option: string } & Table)[];
  }[];
};

const cell = (c: Cell) => (c.suppressed ? c.reason : c.people);
const row = (t: Table) => [cell(t.overall), cell(t.bySide.mentor), cell(t.bySide.mentee)];
/** A question's table as rows of [everyone, mentors, mentees], hidden cells as their reason. */
function table(body: Diversity, questionId: string) {
  const q = body.questions.find((x) => x.questionId === questionId)!;
  return [['respondents', ...row(q.respondents)], ...q.options.map((o) => [o.option, ...row(o)])];
}

/** Every shown count anywhere in the response. */
function shownCounts(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) for (const v of value) shownCounts(v, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.suppressed === false && typeof record.people === 'number') found.push(record.people);
    for (const v of Object.values(record)) shownCounts(v, found);
  }
  return found;
}

/**
 * The workspace's program, minimum group size 5. Participants (approved, in a published pair), gender:
 *   mentors: the workspace's mentor and 4 more say Woman, 5 say Man  -> 10 respondents
 *            + a mentor who says Woman without consent (not counted)
 *   mentees: 5 Woman, 5 Man (the workspace's mentee among them)      -> 10 respondents
 *            + a mentee who says Non-binary without consent (not counted)
 * Not a participant: an applicant nobody approved yet, consented, Woman (not counted).
 * Generation: every consented participant says Millennial, except the workspace's mentee: Gen Z.
 */
describe('diversity of participation', () => {
  let w: WorkspaceApp;
  let hr: Session;
  const url = () => `/api/programs/${w.programId}/impact/diversity`;

  async function enroll(personId: string, side: Side, gender: string, consent: boolean, status = 'approved') {
    const generation = personId === w.mentee.personId ? 'Gen Z' : 'Millennial';
    await w.db.insert(enrollments).values({
      orgId: w.orgId,
      programId: w.programId,
      personId,
      side,
      status: status as 'approved',
      sensitiveAnswers: { gender, generation },
      matchingConsent: consent,
    });
  }

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'diversity' });
    hr = await w.as('hr');
    await enroll(w.mentor.personId, 'mentor', 'Woman', true);
    await enroll(w.mentee.personId, 'mentee', 'Man', true);
    const genders = [
      ['Woman', 'Woman'],
      ['Woman', 'Woman'],
      ['Woman', 'Woman'],
      ['Woman', 'Woman'],
      ['Man', 'Woman'],
      ['Man', 'Man'],
      ['Man', 'Man'],
      ['Man', 'Man'],
      ['Man', 'Man'],
    ] as const;
    for (const [i, [mentorSays, menteeSays]] of genders.entries()) {
      const pair = await addPair(w.db, w.orgId, w.programId, `d${i}`);
      await enroll(pair.mentor.personId, 'mentor', mentorSays, true);
      await enroll(pair.mentee.personId, 'mentee', menteeSays, true);
    }
    const unconsented = await addPair(w.db, w.orgId, w.programId, 'no-consent');
    await enroll(unconsented.mentor.personId, 'mentor', 'Woman', false);
    await enroll(unconsented.mentee.personId, 'mentee', 'Non-binary', false);
    const [applicant] = await insertPeople(w.db, w.orgId, [
      { email: 'applicant@diversity.example', name: 'Ann Applicant' },
    ]);
    await enroll(applicant!.id, 'mentor', 'Woman', true, 'applied');
  });
  afterAll(() => w.t.close());

  it('counts the consented answers of participants only, per side', async () => {
    const response = await hr.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Diversity;
    expect(body).toMatchObject({ audience: 'hr', minGroupSize: 5 });
    expect(body.questions.map((q) => q.questionId)).toEqual(['generation', 'gender', 'under_represented']);
    expect(table(body, 'gender')).toEqual([
      ['respondents', 20, 10, 10],
      ['Woman', 10, 5, 5],
      ['Man', 10, 5, 5],
      ['Non-binary', 0, 0, 0],
      ['In another way', 0, 0, 0],
      ['Prefer not to say', 0, 0, 0],
    ]);
    for (const marker of [w.mentor.name, w.mentee.name, 'Ann Applicant', w.mentor.personId])
      expect(response.body).not.toContain(marker);
  });

  it('hides a group under the minimum, and never shows a count between 1 and the minimum', async () => {
    const body = (await hr.inject({ method: 'GET', url: url() })).json() as Diversity;
    const genZ = table(body, 'generation').find((r) => r[0] === 'Gen Z')!;
    expect(genZ).toEqual(['Gen Z', 'small_group', 0, 'small_group']);
    for (const count of shownCounts(body)) expect(count === 0 || count >= 5, String(count)).toBe(true);
  });

  it('stops counting someone the moment they withdraw their consent', async () => {
    const withdrawn = await (await w.as('mentor')).inject({
      method: 'POST',
      url: `/api/my/programs/${w.programId}/withdraw`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const body = (await hr.inject({ method: 'GET', url: url() })).json() as Diversity;
    // Mentors: 4 Woman (under 5, hidden), 5 Man; the sides of each row and column that would give
    // the 4 away by subtraction are hidden too.
    expect(table(body, 'gender')).toEqual([
      ['respondents', 19, 9, 10],
      ['Woman', 9, 'small_group', 'complementary'],
      ['Man', 10, 'complementary', 'complementary'],
      ['Non-binary', 0, 0, 0],
      ['In another way', 0, 0, 0],
      ['Prefer not to say', 0, 0, 0],
    ]);
  });

  it('gives the program’s sponsor the same counts, and refuses everyone else', async () => {
    const asHr = (await hr.inject({ method: 'GET', url: url() })).json() as Diversity;
    const sponsor = await (await w.as('sponsor')).inject({ method: 'GET', url: url() });
    expect(sponsor.statusCode, sponsor.body).toBe(200);
    expect(sponsor.json()).toEqual({ ...asHr, audience: 'sponsor' });

    const otherSponsor = await addMember(w, 'other-sponsor', ['sponsor', 'participant']);
    const notTheirs = await otherSponsor.inject({ method: 'GET', url: url() });
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.json().error.message).toBe('That program was not found.');
    const mentee = await (await w.as('mentee')).inject({ method: 'GET', url: url() });
    expect(mentee.statusCode).toBe(403);
    expect((await (await w.as('otherTenant')).inject({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await w.t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
  });
});
