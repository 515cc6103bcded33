import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#store/database';
import { people, programs } from '#store/schema';
import { addMember, addPair } from '#tests/fixtures/check-in-builders';
import { buildProgram } from '#tests/fixtures/program-builder';
import { pdfText } from '#tests/fixtures/read-pdf';
import type { Session } from '#tests/fixtures/sign-in';
import {
  daysFromNow,
  insertSkills,
  makePairActive,
  type PairPeople,
  type WorkspaceApp,
  workspaceApp,
} from '#tests/fixtures/workspace-builders';

type Shown = { suppressed: false } & Record<string, unknown>;
type Impact = {
  audience: string;
  minGroupSize: number;
  funnel: { now: { stage: string; overall: Shown; bySide: Record<string, Shown> }[]; byMonth: unknown[] };
  engagement: { meetings: Shown; agreements: Shown; pulse: { overall: Shown } };
  learning: { learnedBy: Record<'mentor' | 'mentee', { skills: { skill: string; learners: number }[] }> };
  objectives: { metric: string; status: string; value: number | null; message: string }[];
};

const SLUG = 'impact';
const OBJECTIVES = [
  {
    text: 'Pairs keep meeting',
    metric: 'meetings_held',
    comparator: '>=',
    target: 50,
    unit: '%',
    measure: 'meetings_held',
  },
  {
    text: 'Everyone is matched',
    metric: 'people:matched:all',
    comparator: '>=',
    target: 100,
    unit: 'people',
    measure: 'people:matched:all',
  },
  {
    text: 'Leaders feel confident',
    metric: 'leaders feel confident',
    comparator: '>=',
    target: 80,
    unit: '%',
  },
];

type SkillIds = { ai: string; strategy: string };

/** Both people approved, an agreement, and a meeting held 30 days ago with a lesson each way and goals. */
const makeActive = (db: Db, orgId: string, programId: string, pair: PairPeople, skillIds: SkillIds) =>
  makePairActive(db, orgId, programId, pair, {
    heldDaysAgo: 30,
    lessons: { mentorTeaches: skillIds.ai, menteeTeaches: skillIds.strategy, marker: 'SHARED-MARKER' },
  });

async function addPairs(w: WorkspaceApp, programId: string, keys: readonly string[], skillIds: SkillIds) {
  for (const key of keys) {
    const p = await addPair(w.db, w.orgId, programId, key, { startedAt: daysFromNow(-45) });
    const pair = { pairId: p.pairId, mentorId: p.mentor.personId, menteeId: p.mentee.personId };
    await makeActive(w.db, w.orgId, programId, pair, skillIds);
  }
}

/** How many people a shown figure is about, by the field that counts them. */
function peopleBehind(figure: Record<string, unknown>): number | undefined {
  for (const key of ['people', 'raters', 'learners', 'respondents'])
    if (typeof figure[key] === 'number') return figure[key] as number;
  return typeof figure.pairs === 'number' ? 2 * figure.pairs : undefined;
}

/** Every shown figure (and listed skill) anywhere in the JSON. */
function shownFigures(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) shownFigures(v, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.suppressed === false || (typeof record.skill === 'string' && 'learners' in record))
      found.push(record);
    for (const v of Object.values(record)) shownFigures(v, found);
  }
  return found;
}

describe('a program’s impact', () => {
  let w: WorkspaceApp;
  let hr: Session;
  let smallProgramId: string;
  const url = (id = w.programId) => `/api/programs/${id}/impact`;

  beforeAll(async () => {
    w = await workspaceApp({ slug: SLUG });
    hr = await w.as('hr');
    const [ai, strategy] = await insertSkills(w.db, w.orgId, ['AI tools', 'Strategy']);
    const skillIds = { ai: ai!, strategy: strategy! };
    await w.db
      .update(programs)
      .set({ settings: { objectives: OBJECTIVES } })
      .where(eq(programs.id, w.programId));
    await makeActive(
      w.db,
      w.orgId,
      w.programId,
      { pairId: w.pairId, mentorId: w.mentor.personId, menteeId: w.mentee.personId },
      skillIds,
    );
    await addPairs(w, w.programId, ['ann', 'bob', 'cat', 'dan', 'eve'], skillIds);
    // A second program of the same sponsor with two pairs: fewer people than the minimum of 5.
    smallProgramId = await buildProgram(w.db, w.orgId, {
      name: 'Small pilot',
      phase: 'active',
      startDate: '2026-09-01',
      settings: { objectives: OBJECTIVES as never },
    });
    const [sponsor] = await w.db
      .select()
      .from(people)
      .where(eq(people.email, `sponsor@${SLUG}.example`));
    await w.db.update(programs).set({ sponsorPersonId: sponsor!.id }).where(eq(programs.id, smallProgramId));
    await addPairs(w, smallProgramId, ['small-1', 'small-2'], skillIds);
  });
  afterAll(() => w.t.close());

  it('gives HR the funnel, engagement, learning both ways and the objectives, with no names or words', async () => {
    const response = await hr.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Impact;
    expect(body).toMatchObject({ audience: 'hr', minGroupSize: 5 });
    const matched = body.funnel.now.find((s) => s.stage === 'matched')!;
    expect(matched.overall).toEqual({ suppressed: false, people: 12 });
    expect(matched.bySide.mentor).toEqual({ suppressed: false, people: 6 });
    expect(body.funnel.now.find((s) => s.stage === 'active')!.overall).toEqual({
      suppressed: false,
      people: 12,
    });
    expect(body.funnel.byMonth.length).toBeGreaterThan(0);
    // The workspace's own pair also has two past meetings nobody logged: 6 held of 8 planned.
    expect(body.engagement.meetings).toMatchObject({ suppressed: false, pairs: 6, planned: 8, held: 6 });
    expect(body.engagement.agreements).toMatchObject({ suppressed: false, agreed: 6, agreedPercent: 100 });
    expect(body.engagement.pulse.overall).toMatchObject({ suppressed: false, raters: 12, mean: 4.5 });
    expect(body.learning.learnedBy.mentee.skills).toEqual([{ skill: 'AI tools', lessons: 6, learners: 6 }]);
    expect(body.learning.learnedBy.mentor.skills).toEqual([{ skill: 'Strategy', lessons: 6, learners: 6 }]);
    expect(body.objectives.map((o) => [o.metric, o.status, o.value])).toEqual([
      ['meetings_held', 'met', 75],
      ['people:matched:all', 'not_met', 12],
      ['leaders feel confident', 'not_measurable_yet', null],
    ]);
    for (const marker of [w.mentor.name, w.mentee.name, 'Mentor ann', 'MARKER', 'Sam Sponsor'])
      expect(response.body).not.toContain(marker);
  });

  it('gives the program’s sponsor the same aggregates', async () => {
    const asHr = (await hr.inject({ method: 'GET', url: url() })).json() as Impact;
    const sponsor = await w.as('sponsor');
    const response = await sponsor.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ...asHr, audience: 'sponsor' });
  });

  it('shows a sponsor no figure about fewer people than the minimum in a small program', async () => {
    const sponsor = await w.as('sponsor');
    const response = await sponsor.inject({ method: 'GET', url: url(smallProgramId) });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Impact;
    const shown = shownFigures(body);
    for (const figure of shown) {
      const count = peopleBehind(figure);
      if (count !== undefined)
        expect(count === 0 || count >= body.minGroupSize, JSON.stringify(figure)).toBe(true);
    }
    expect(shown.filter((f) => typeof f.skill === 'string')).toEqual([]);
    const matched = body.funnel.now.find((s) => s.stage === 'matched')!;
    expect(matched.overall).toMatchObject({ suppressed: true, message: expect.stringMatching(/^Hidden/) });
    expect(body.engagement.meetings).toMatchObject({ suppressed: true });
    expect(body.objectives.map((o) => [o.status, o.value])).toEqual([
      ['hidden', null],
      ['hidden', null],
      ['not_measurable_yet', null],
    ]);
  });

  it('is refused to participants, other sponsors and other organisations', async () => {
    for (const who of ['mentor', 'outsider'] as const) {
      const response = await (await w.as(who)).inject({ method: 'GET', url: url() });
      expect(response.statusCode, `${who}: ${response.body}`).toBe(403);
    }
    const otherSponsor = await addMember(w, 'other-sponsor', ['sponsor', 'participant']);
    const notTheirs = await otherSponsor.inject({ method: 'GET', url: url() });
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.json().error.message).toBe('That program was not found.');
    const stranger = await (await w.as('otherTenant')).inject({ method: 'GET', url: url() });
    expect(stranger.statusCode).toBe(404);
    expect((await hr.inject({ method: 'GET', url: url('no-such-program') })).statusCode).toBe(404);
    expect((await w.t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
  });

  it('downloads the same figures as CSV, hidden ones as a word, for HR and the sponsor only', async () => {
    const response = await hr.inject({ method: 'GET', url: `${url()}.csv` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="impact-[a-z0-9-]+\.csv"$/,
    );
    expect(response.body).toContain('participation,matched,everyone,12,people\r\n');
    expect(response.body).toContain('learning,learned: AI tools,mentees,6,people\r\n');
    for (const marker of [w.mentor.name, w.mentee.name, 'MARKER'])
      expect(response.body).not.toContain(marker);

    const sponsor = await w.as('sponsor');
    const small = await sponsor.inject({ method: 'GET', url: `${url(smallProgramId)}.csv` });
    expect(small.statusCode).toBe(200);
    expect(small.body).toContain('participation,matched,everyone,hidden,people\r\n');
    const mentor = await (await w.as('mentor')).inject({ method: 'GET', url: `${url()}.csv` });
    expect(mentor.statusCode).toBe(403);
    const stranger = await (await w.as('otherTenant')).inject({ method: 'GET', url: `${url()}.csv` });
    expect(stranger.statusCode).toBe(404);
  });

  it('downloads a printable report as PDF, hidden figures in words, for HR and the sponsor only', async () => {
    const response = await hr.inject({ method: 'GET', url: `${url()}/report.pdf` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="impact-report-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    const [program] = await w.db.select().from(programs).where(eq(programs.id, w.programId));
    expect(text).toContain(`Impact report: ${program!.name}`);
    for (const words of [
      'Participation',
      'Matched',
      '12 people',
      'AI tools',
      'Pairs keep meeting',
      'Met. 75%',
    ])
      expect(text).toContain(words);
    for (const marker of [w.mentor.name, w.mentee.name, 'MARKER']) expect(text).not.toContain(marker);

    const sponsor = await w.as('sponsor');
    const small = await sponsor.inject({ method: 'GET', url: `${url(smallProgramId)}/report.pdf` });
    expect(small.statusCode).toBe(200);
    expect(pdfText(small.rawPayload)).toContain('Hidden: fewer than 5 people are behind this figure');
    const mentor = await (await w.as('mentor')).inject({ method: 'GET', url: `${url()}/report.pdf` });
    expect(mentor.statusCode).toBe(403);
    const stranger = await (await w.as('otherTenant')).inject({ method: 'GET', url: `${url()}/report.pdf` });
    expect(stranger.statusCode).toBe(404);
  });

  it('lets an org admin read it too', async () => {
    const response = await (await w.as('admin')).inject({ method: 'GET', url: url() });
    expect(response.statusCode).toBe(200);
    expect(response.json().audience).toBe('hr');
  });
});

describe('objectives measured by their linked measure', () => {
  let w: WorkspaceApp;
  let hr: Session;
  // Stored as HR saved them; the last one predates the `measure` field (it parses as null).
  const objectives = [
    {
      text: 'Pairs keep meeting',
      metric: 'planned meetings held',
      target: 70,
      unit: '%',
      measure: 'meetings_held',
    },
    {
      text: 'Pairs never skip',
      metric: 'planned meetings held',
      target: 80,
      unit: '%',
      measure: 'meetings_held',
    },
    { text: 'Old objective', metric: 'meetings_held', comparator: '>=', target: 50, unit: '%' },
  ];

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'impact-measured' });
    hr = await w.as('hr');
    const [ai, strategy] = await insertSkills(w.db, w.orgId, ['AI tools', 'Strategy']);
    const skillIds = { ai: ai!, strategy: strategy! };
    await w.db.update(programs).set({ settings: { objectives } }).where(eq(programs.id, w.programId));
    const own = { pairId: w.pairId, mentorId: w.mentor.personId, menteeId: w.mentee.personId };
    await makeActive(w.db, w.orgId, w.programId, own, skillIds);
    await addPairs(w, w.programId, ['p1', 'p2', 'p3', 'p4', 'p5'], skillIds);
  });
  afterAll(() => w.t.close());

  it('judges an objective by its measure, not by its metric’s words', async () => {
    const response = await hr.inject({ method: 'GET', url: `/api/programs/${w.programId}/impact` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Impact;
    // 6 held of 8 planned (the workspace's own pair has two past meetings nobody logged): 75%.
    expect(body.engagement.meetings).toMatchObject({ suppressed: false, held: 6, planned: 8 });
    expect(body.objectives.map((o) => [o.status, o.value, o.message])).toEqual([
      ['met', 75, '75% against a target of at least 70%: met.'],
      ['not_met', 75, '75% against a target of at least 80%: not met.'],
      ['not_measurable_yet', null, 'Nothing in the report measures this objective yet.'],
    ]);
  });
});
