import { expect, it } from 'vitest';
import { insertOrganisation } from '#store/organisations-store';
import { insertPairs, listProgramPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { meetingSeries, meetings, pairAgreements, pairGoals } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

const NOW = new Date('2026-04-15T12:00:00Z');
const SCHEDULE = { weekday: 2, time: '10:00', timeZone: 'UTC' };

describeEachDriver("HR's workspace counts per pair", (database) => {
  async function world(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const people = await insertPeople(
      db,
      org.id,
      ['a', 'b', 'c', 'd'].map((n, i) => ({ email: `${n}@${slug}.example`, name: `Person ${n}`, level: i })),
    );
    const programId = await buildProgram(db, org.id);
    const pair = (mentor: number, mentee: number) => ({
      orgId: org.id,
      programId,
      mentorPersonId: people[mentor]!.id,
      menteePersonId: people[mentee]!.id,
      score: 80,
      explanation: 'fit',
      contributions: [],
    });
    const [busy, quiet] = await insertPairs(db, [pair(0, 1), pair(2, 3)]);
    return { db, orgId: org.id, programId, busy: busy!, quiet: quiet! };
  }

  it('counts agreement, held and planned meetings and goals of each pair, in its own organisation only', async () => {
    const a = await world('counts-a');
    const b = await world('counts-b');
    const { db, orgId } = a;
    const base = { orgId, pairId: a.busy.id };
    await db.insert(pairAgreements).values([
      {
        ...base,
        groundRules: [],
        schedule: SCHEDULE,
        mentorObjectives: [],
        menteeObjectives: [],
        agreedAt: new Date('2026-03-01T00:00:00Z'),
      },
      {
        orgId,
        pairId: a.quiet.id,
        groundRules: [],
        schedule: SCHEDULE,
        mentorObjectives: [],
        menteeObjectives: [],
        mentorAcceptedAt: new Date('2026-03-01T00:00:00Z'),
      },
    ]);
    const [series] = await db
      .insert(meetingSeries)
      .values({ ...base, schedule: SCHEDULE, startsOn: '2026-03-03', endsOn: '2026-06-30' })
      .returning();
    const meeting = (day: string, status: 'scheduled' | 'cancelled' | 'held' | 'missed') => ({
      ...base,
      seriesId: series!.id,
      originalStart: new Date(`${day}T10:00:00Z`),
      startsAt: new Date(`${day}T10:00:00Z`),
      durationMinutes: 60,
      status,
    });
    await db
      .insert(meetings)
      .values([
        meeting('2026-03-03', 'held'),
        meeting('2026-03-17', 'held'),
        meeting('2026-03-31', 'missed'),
        meeting('2026-04-07', 'cancelled'),
        meeting('2026-04-14', 'scheduled'),
        meeting('2026-04-28', 'scheduled'),
        meeting('2026-05-12', 'scheduled'),
      ]);
    await db.insert(pairGoals).values([
      { ...base, side: 'mentor', title: 'Lead a meeting', progress: 100, completedAt: NOW },
      { ...base, side: 'mentee', title: 'Use the new tools', progress: 40 },
      { ...base, side: 'mentee', title: 'Ship a prototype', progress: 0 },
    ]);

    const rows = await listProgramPairs(db, orgId, a.programId, NOW);
    const counts = new Map(rows.map((r) => [r.pair.id, r.workspace]));
    expect(counts.get(a.busy.id)).toEqual({
      agreed: true,
      meetingsHeld: 2,
      meetingsPlanned: 4,
      goalsTotal: 3,
      goalsCompleted: 1,
    });
    expect(counts.get(a.quiet.id)).toEqual({
      agreed: false,
      meetingsHeld: 0,
      meetingsPlanned: 0,
      goalsTotal: 0,
      goalsCompleted: 0,
    });
    const later = await listProgramPairs(db, orgId, a.programId, new Date('2026-06-01T00:00:00Z'));
    expect(later.find((r) => r.pair.id === a.busy.id)?.workspace.meetingsPlanned).toBe(6);

    expect(await listProgramPairs(db, b.orgId, a.programId, NOW)).toEqual([]);
    const other = await listProgramPairs(db, b.orgId, b.programId, NOW);
    expect(other.map((r) => r.workspace)).toEqual([
      { agreed: false, meetingsHeld: 0, meetingsPlanned: 0, goalsTotal: 0, goalsCompleted: 0 },
      { agreed: false, meetingsHeld: 0, meetingsPlanned: 0, goalsTotal: 0, goalsCompleted: 0 },
    ]);
  });
});
