import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, people, programs } from '#store/schema';
import { addMember } from '#tests/fixtures/check-in-builders';
import { buildProgram } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Listed = { id: string; name: string; phase: string; startDate: string; endDate: string };

const SLUG = 'sponsored';
const URL = '/api/my/sponsored-programs';

async function listOf(session: Session): Promise<Listed[]> {
  const response = await session.inject({ method: 'GET', url: URL });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Listed[] }).items;
}

describe('the programs I sponsor', () => {
  let w: WorkspaceApp;
  let sponsor: Session;
  let pilotId: string;
  let otherOrgProgramId: string;

  beforeAll(async () => {
    w = await workspaceApp({ slug: SLUG });
    sponsor = await w.as('sponsor');
    const personOf = async (email: string) =>
      (await w.db.select().from(people).where(eq(people.email, email)))[0]!.id;
    const sponsorId = await personOf(`sponsor@${SLUG}.example`);
    const sponsorBy = (personId: string, programId: string) =>
      w.db.update(programs).set({ sponsorPersonId: personId }).where(eq(programs.id, programId));
    // A newer program of the same sponsor, one of someone else, and one nobody sponsors.
    pilotId = await buildProgram(w.db, w.orgId, {
      name: 'Pilot 2027',
      phase: 'draft',
      startDate: '2027-01-04',
    });
    await sponsorBy(sponsorId, pilotId);
    const hrsProgram = await buildProgram(w.db, w.orgId, { name: 'HR sponsors this' });
    await sponsorBy(await personOf(`hr@${SLUG}.example`), hrsProgram);
    await buildProgram(w.db, w.orgId, { name: 'Nobody sponsors this' });
    // The mentor is named sponsor of a program without holding the sponsor role.
    const mentorsProgram = await buildProgram(w.db, w.orgId, { name: 'Named, not a sponsor' });
    await sponsorBy(w.mentor.personId, mentorsProgram);
    // Another organisation: its own sponsor's program, and one pointing at this sponsor's person id.
    const [other] = await w.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, `other-${SLUG}`));
    otherOrgProgramId = await buildProgram(w.db, other!.id, { name: 'Other tenant program' });
    await sponsorBy(await personOf(`stranger@other-${SLUG}.example`), otherOrgProgramId);
    const strayId = await buildProgram(w.db, other!.id, { name: 'Stray program' });
    await sponsorBy(sponsorId, strayId);
  });
  afterAll(() => w.t.close());

  it('lists exactly the programs the sponsor sponsors, newest start first', async () => {
    expect(await listOf(sponsor)).toEqual([
      {
        id: pilotId,
        name: 'Pilot 2027',
        phase: 'draft',
        startDate: '2027-01-04',
        endDate: expect.any(String),
      },
      {
        id: w.programId,
        name: `Reverse ${SLUG}`,
        phase: 'active',
        startDate: '2026-09-01',
        endDate: expect.any(String),
      },
    ]);
  });

  it('agrees with single access: every listed program opens its impact for that sponsor', async () => {
    const items = await listOf(sponsor);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const response = await sponsor.inject({ method: 'GET', url: `/api/programs/${item.id}/impact` });
      expect(response.statusCode, `${item.name}: ${response.body}`).toBe(200);
      expect(response.json()).toMatchObject({
        audience: 'sponsor',
        program: { id: item.id, name: item.name },
      });
    }
  });

  it('never lists another organisation’s programs', async () => {
    const listed = await listOf(sponsor);
    expect(listed.map((p) => p.name)).not.toContain('Stray program');
    expect(listed.map((p) => p.name)).not.toContain('Other tenant program');
    const stranger = await w.as('otherTenant');
    expect((await listOf(stranger)).map((p) => p.id)).toEqual([otherOrgProgramId]);
  });

  it('is empty for members without the sponsor role, even when named as a program’s sponsor', async () => {
    const mentor = await w.as('mentor');
    expect(await listOf(mentor)).toEqual([]);
    expect(await listOf(await w.as('hr'))).toEqual([]);
    expect(await listOf(await addMember(w, 'new-sponsor', ['sponsor']))).toEqual([]);
  });

  it('asks a signed-out caller to sign in', async () => {
    const response = await w.t.app.inject({ method: 'GET', url: URL });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });
});
