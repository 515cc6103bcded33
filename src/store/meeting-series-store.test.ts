import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  calendarPairsOfPerson,
  cancelScheduledMeeting,
  currentSeries,
  endSeriesOn,
  getMeetingOfPair,
  insertGeneratedMeetings,
  insertSeries,
  meetingCounts,
  meetingsOfPair,
  moveScheduledMeeting,
  removeUnmovedMeetingsFrom,
  seriesAndMeetingsOfPairs,
} from '#store/meeting-series-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { meetings } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';

const schedule = { weekday: 2, time: '10:00', timeZone: 'Europe/London', everyWeeks: 2 };
const week = 7 * 86_400_000;
const day = (iso: string) => new Date(iso);

describeEachDriver('meeting series store', (database) => {
  async function world(slug: string) {
    const { db } = database();
    const org = await insertOrganisation(db, { slug, name: slug });
    const [junior, senior] = await insertPeople(db, org.id, [
      { email: `junior@${slug}.example`, name: 'Ada Junior', level: 2 },
      { email: `senior@${slug}.example`, name: 'Bo Senior', level: 9 },
    ]);
    const programId = await buildProgram(db, org.id, { name: `Program ${slug}`, phase: 'active' });
    const [pair] = await insertPairs(db, [
      {
        orgId: org.id,
        programId,
        mentorPersonId: junior!.id,
        menteePersonId: senior!.id,
        score: 80,
        explanation: '',
        contributions: [],
      },
    ]);
    const series = await insertSeries(db, {
      orgId: org.id,
      pairId: pair!.id,
      schedule,
      startsOn: '2026-03-03',
      endsOn: '2026-04-28',
    });
    const starts = [0, 2, 4, 6, 8].map((w) => new Date(day('2026-03-03T10:00:00Z').getTime() + w * week));
    return { db, orgId: org.id, pairId: pair!.id, series, starts, junior: junior!, senior: senior! };
  }

  it('generates each occurrence once, and keeps it to its organisation', async () => {
    const a = await world('series-a');
    const b = await world('series-b');
    expect(await insertGeneratedMeetings(a.db, a.series, a.starts, 45)).toBe(5);
    expect(await insertGeneratedMeetings(a.db, a.series, a.starts.slice(0, 2), 45)).toBe(0);
    const rows = await meetingsOfPair(a.db, a.orgId, a.pairId);
    expect(rows.map((r) => r.startsAt)).toEqual(a.starts);
    expect(rows.every((r) => r.durationMinutes === 45 && r.status === 'scheduled' && r.sequence === 0)).toBe(
      true,
    );
    expect(await meetingsOfPair(a.db, b.orgId, a.pairId)).toEqual([]);
    expect(await getMeetingOfPair(a.db, b.orgId, a.pairId, rows[0]!.id)).toBeUndefined();
    expect(await getMeetingOfPair(a.db, a.orgId, b.pairId, rows[0]!.id)).toBeUndefined();
    expect((await currentSeries(a.db, a.orgId, a.pairId))?.id).toBe(a.series.id);
    expect(await currentSeries(a.db, b.orgId, a.pairId)).toBeUndefined();
  });

  it('moves and cancels only scheduled meetings, bumping their sequence, within the organisation', async () => {
    const a = await world('move-a');
    const b = await world('move-b');
    await insertGeneratedMeetings(a.db, a.series, a.starts, 60);
    const [first, second] = await meetingsOfPair(a.db, a.orgId, a.pairId);
    const later = new Date(first!.startsAt.getTime() + 3_600_000);
    expect(await moveScheduledMeeting(a.db, b.orgId, first!.id, later, new Date())).toBeUndefined();
    const moved = await moveScheduledMeeting(a.db, a.orgId, first!.id, later, new Date());
    expect(moved).toMatchObject({ startsAt: later, originalStart: first!.startsAt, sequence: 1 });
    const cancelled = await cancelScheduledMeeting(a.db, a.orgId, second!.id, new Date());
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(await cancelScheduledMeeting(a.db, a.orgId, second!.id, new Date())).toBeUndefined();
    expect(await moveScheduledMeeting(a.db, a.orgId, second!.id, later, new Date())).toBeUndefined();
  });

  it('ends a series from a date, removing only its unmoved scheduled meetings from then on', async () => {
    const a = await world('end-a');
    await insertGeneratedMeetings(a.db, a.series, a.starts, 60);
    const rows = await meetingsOfPair(a.db, a.orgId, a.pairId);
    const [, , third, fourth, fifth] = rows;
    const movedTo = new Date(fourth!.startsAt.getTime() + 86_400_000);
    await moveScheduledMeeting(a.db, a.orgId, fourth!.id, movedTo, new Date());
    await cancelScheduledMeeting(a.db, a.orgId, fifth!.id, new Date());
    const other = await world('end-b');
    await insertGeneratedMeetings(other.db, other.series, other.starts, 60);

    expect(await removeUnmovedMeetingsFrom(a.db, other.orgId, a.series.id, third!.startsAt)).toBe(0);
    expect(await removeUnmovedMeetingsFrom(a.db, a.orgId, a.series.id, third!.startsAt)).toBe(1);
    const left = await meetingsOfPair(a.db, a.orgId, a.pairId);
    expect(left.map((m) => m.id)).toEqual([rows[0]!.id, rows[1]!.id, fourth!.id, fifth!.id]);
    expect(await meetingsOfPair(a.db, other.orgId, other.pairId)).toHaveLength(5);

    const ended = await endSeriesOn(a.db, a.orgId, a.series.id, '2026-03-30');
    expect(ended).toMatchObject({ endsOn: '2026-03-30', sequence: 1 });
    expect(await endSeriesOn(a.db, other.orgId, a.series.id, '2026-03-01')).toBeUndefined();
  });

  it('counts held, missed and planned meetings as of a moment', async () => {
    const a = await world('counts-a');
    await insertGeneratedMeetings(a.db, a.series, a.starts, 60);
    const [first, second, third] = await meetingsOfPair(a.db, a.orgId, a.pairId);
    await a.db.update(meetings).set({ status: 'held' }).where(eq(meetings.id, first!.id));
    await a.db.update(meetings).set({ status: 'missed' }).where(eq(meetings.id, second!.id));
    await cancelScheduledMeeting(a.db, a.orgId, third!.id, new Date());
    const afterFourth = new Date(a.starts[3]!.getTime() + 1000);
    expect(await meetingCounts(a.db, a.orgId, a.pairId, afterFourth)).toEqual({
      held: 1,
      missed: 1,
      planned: 3,
    });
    expect(await meetingCounts(a.db, a.orgId, a.pairId, new Date('2026-01-01'))).toEqual({
      held: 1,
      missed: 1,
      planned: 0,
    });
    const other = await world('counts-b');
    expect(await meetingCounts(a.db, other.orgId, a.pairId, afterFourth)).toEqual({
      held: 0,
      missed: 0,
      planned: 0,
    });
  });

  it('reads a person’s pairs, series and meetings for their calendar, in their organisation only', async () => {
    const a = await world('cal-a');
    const b = await world('cal-b');
    await insertGeneratedMeetings(a.db, a.series, a.starts, 60);
    const pairsOfAda = await calendarPairsOfPerson(a.db, a.orgId, a.junior.id);
    expect(pairsOfAda).toEqual([
      expect.objectContaining({
        pairId: a.pairId,
        programName: 'Program cal-a',
        mentorName: 'Ada Junior',
        menteeName: 'Bo Senior',
        status: 'active',
      }),
    ]);
    expect(await calendarPairsOfPerson(a.db, b.orgId, a.junior.id)).toEqual([]);
    const found = await seriesAndMeetingsOfPairs(a.db, a.orgId, [a.pairId, b.pairId]);
    expect(found.series.map((s) => s.id)).toEqual([a.series.id]);
    expect(found.meetings).toHaveLength(5);
    expect(found.meetings.map((m) => m.startsAt)).toEqual(a.starts);
    expect(await seriesAndMeetingsOfPairs(a.db, a.orgId, [])).toEqual({ series: [], meetings: [] });
  });
});
