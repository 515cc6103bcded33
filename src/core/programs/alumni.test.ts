import { describe, expect, it } from 'vitest';
import { alumniBySide, alumniOf, type EarlierCohort, type EarlierPair } from './alumni';

const closed = (id: string, name: string): EarlierCohort => ({
  id,
  name,
  phase: 'closed',
  endDate: '2026-06-30',
});
let n = 0;
const pair = (
  programId: string,
  mentorId: string,
  menteeId: string,
  endedAt: string | null = null,
): EarlierPair => ({
  pairId: `pair-${++n}`,
  programId,
  mentorId,
  menteeId,
  endedAt: endedAt ? new Date(`${endedAt}T12:00:00Z`) : null,
});
const person = (id: string, employmentStatus = 'active') => ({
  id,
  name: id.toUpperCase(),
  employmentStatus,
});

describe('alumniOf', () => {
  const c1 = closed('c1', 'Cohort 1');
  const c2 = closed('c2', 'Cohort 2');
  const people = ['amy', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus'].map((id) => person(id));

  it('takes people whose pair lasted to the end of a closed cohort, on the side they took', () => {
    const alumni = alumniOf({
      cohorts: [c2],
      pairs: [
        pair('c2', 'amy', 'bob'), // lasted
        pair('c2', 'cat', 'dan', '2026-03-01'), // ended early: not completed
        pair('c2', 'eve', 'fay', '2026-06-30'), // ended on the last day: completed
      ],
      people,
      inProgram: new Set(),
    });
    expect(alumni).toEqual([
      { personId: 'amy', name: 'AMY', side: 'mentor', cohort: { id: 'c2', name: 'Cohort 2' } },
      { personId: 'eve', name: 'EVE', side: 'mentor', cohort: { id: 'c2', name: 'Cohort 2' } },
      { personId: 'bob', name: 'BOB', side: 'mentee', cohort: { id: 'c2', name: 'Cohort 2' } },
      { personId: 'fay', name: 'FAY', side: 'mentee', cohort: { id: 'c2', name: 'Cohort 2' } },
    ]);
    expect(alumniBySide(alumni)).toEqual({ mentor: 2, mentee: 2 });
  });

  it('skips leavers, people already in the program, and cohorts that are not closed', () => {
    const alumni = alumniOf({
      cohorts: [{ ...c2, phase: 'closing' }, c1],
      pairs: [pair('c2', 'amy', 'bob'), pair('c1', 'cat', 'dan'), pair('c1', 'eve', 'fay')],
      people: people.map((p) => (p.id === 'dan' ? { ...p, employmentStatus: 'left' } : p)),
      inProgram: new Set(['eve']),
    });
    expect(alumni.map((a) => `${a.personId}:${a.side}`)).toEqual(['cat:mentor', 'fay:mentee']);
  });

  it('uses the newest completed cohort for someone who came twice, and counts them once', () => {
    const alumni = alumniOf({
      cohorts: [c2, c1],
      pairs: [pair('c2', 'gus', 'amy'), pair('c1', 'amy', 'bob')],
      people,
      inProgram: new Set(),
    });
    expect(alumni.map((a) => `${a.personId}:${a.side}:${a.cohort.id}`)).toEqual([
      'gus:mentor:c2',
      'amy:mentee:c2',
      'bob:mentee:c1',
    ]);
    expect(alumniBySide(alumni)).toEqual({ mentor: 1, mentee: 2 });
  });

  it('has no alumni without earlier cohorts', () => {
    expect(
      alumniOf({ cohorts: [], pairs: [pair('c1', 'amy', 'bob')], people, inProgram: new Set() }),
    ).toEqual([]);
  });
});
