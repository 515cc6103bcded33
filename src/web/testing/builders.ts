import type { Me, Member, OutboxItem, Person, Role } from '../api/types';

export const northwind = { id: 'org-1', slug: 'northwind', name: 'Northwind Energy' };

export function aMe(roles: Role[], overrides: Partial<Me> = {}): Me {
  return {
    account: { id: 'acc-1', email: 'ada@northwind.example', name: 'Ada Lovelace' },
    org: northwind,
    roles,
    person: {
      id: 'per-1',
      name: 'Ada Lovelace',
      title: 'Head of People',
      department: 'HR',
      level: 6,
      timeZone: 'Europe/London',
    },
    orgs: [northwind],
    csrfToken: 'csrf-123',
    mailMode: 'outbox',
    ...overrides,
  };
}

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'per-2',
    email: 'grace@northwind.example',
    name: 'Grace Hopper',
    title: 'Chief Financial Officer',
    level: 9,
    department: 'Finance',
    managerId: 'per-9',
    managerName: 'Maya Chen',
    location: 'Amsterdam',
    timeZone: 'Europe/Amsterdam',
    hireDate: '2015-03-01',
    employmentStatus: 'active',
    endDate: null,
    ...overrides,
  };
}

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'mem-1',
    accountId: 'acc-1',
    email: 'ada@northwind.example',
    name: 'Ada Lovelace',
    roles: ['org_admin'],
    personId: 'per-1',
    status: 'active',
    lastLoginAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

export function anOutboxItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'mail-1',
    to: 'sam@northwind.example',
    subject: 'You are invited to Northwind Energy on Counterpart',
    createdAt: '2026-11-21T10:00:00.000Z',
    transport: 'outbox',
    sentAt: null,
    error: null,
    ...overrides,
  };
}
