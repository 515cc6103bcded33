import { describe, expect, it } from 'vitest';
import { type ExistingPerson, planPeopleImport } from '#core/people-import/plan-import';
import type { ValidPerson } from '#core/people-import/validate-people';

const someone = (over: Partial<ExistingPerson>): ExistingPerson => ({
  id: 'id',
  email: 'x@x.example',
  name: 'X',
  title: '',
  level: null,
  department: '',
  managerEmail: null,
  location: '',
  timeZone: 'UTC',
  hireDate: null,
  employmentStatus: 'active',
  endDate: null,
  ...over,
});

describe('planPeopleImport', () => {
  const existing = [
    someone({ id: '1', email: 'Boss@x.example', name: 'Boss' }),
    someone({ id: '2', email: 'same@x.example', name: 'Same', title: 'Dev', managerEmail: 'boss@x.example' }),
    someone({ id: '3', email: 'moves@x.example', name: 'Moves', managerEmail: 'boss@x.example' }),
    someone({ id: '4', email: 'gone@x.example', name: 'Gone' }),
    someone({ id: '6', email: 'top@x.example', name: 'Top' }),
    someone({
      id: '5',
      email: 'left@x.example',
      name: 'Left',
      employmentStatus: 'left',
      endDate: '2020-01-01',
    }),
  ];
  const file: ValidPerson[] = [
    { row: 2, email: 'boss@x.example', name: 'Boss' },
    { row: 3, email: 'same@x.example', name: 'Same', title: 'Dev', managerEmail: 'boss@x.example' },
    { row: 4, email: 'moves@x.example', name: 'Moves', managerEmail: 'new@x.example' },
    { row: 5, email: 'new@x.example', name: 'New', managerEmail: 'boss@x.example' },
    { row: 6, email: 'top@x.example', name: 'Top', managerEmail: null },
  ];

  it('creates, updates (a changed email case or manager counts), leaves untouched columns alone', () => {
    const plan = planPeopleImport(existing, file, { markMissingAsLeavers: false });
    expect(plan.create.map((p) => p.email)).toEqual(['new@x.example']);
    expect(plan.update.map((u) => u.id)).toEqual(['1']);
    expect(plan.managerLinks).toEqual([
      { email: 'moves@x.example', managerEmail: 'new@x.example' },
      { email: 'new@x.example', managerEmail: 'boss@x.example' },
    ]);
    expect(plan.counts).toEqual({ created: 1, updated: 2, markedLeft: 0, unchanged: 2 });
  });

  it('marks people missing from the file as leavers only on a full sync, and only once', () => {
    const plan = planPeopleImport(existing, file, { markMissingAsLeavers: true });
    expect(plan.leave).toEqual(['4']);
    expect(plan.counts.markedLeft).toBe(1);
  });
});
