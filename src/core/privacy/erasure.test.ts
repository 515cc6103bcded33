import { describe, expect, it } from 'vitest';
import {
  checkErasure,
  erasedEmail,
  programsDueForPurge,
  purgeDueAt,
  withoutTextAnswers,
} from '#core/privacy/erasure';

describe('withoutTextAnswers', () => {
  const questions = [
    { id: 'useful', kind: 'likert' },
    { id: 'nps', kind: 'nps' },
    { id: 'role', kind: 'single_choice' },
    { id: 'topics', kind: 'multiple_choice' },
    { id: 'word', kind: 'short_text' },
    { id: 'more', kind: 'long_text' },
  ];
  it('keeps scales and choices, drops the words', () => {
    expect(
      withoutTextAnswers(questions, {
        useful: 4,
        nps: 9,
        role: 'Yes',
        topics: ['AI', 'Data'],
        word: 'kind',
        more: 'My manager Ana…',
        gone: 'unknown words',
        goneScale: 3,
      }),
    ).toEqual({ useful: 4, nps: 9, role: 'Yes', topics: ['AI', 'Data'], goneScale: 3 });
  });
});

describe('checkErasure', () => {
  const base = {
    callerPersonId: 'admin',
    personId: 'p1',
    personEmail: 'Ana@Example.com',
    alreadyErased: false,
    confirm: ' ana@example.com ',
    personIsOrgAdmin: false,
    orgAdminCount: 1,
  };
  it('accepts the email typed in any case', () => {
    expect(checkErasure(base).ok).toBe(true);
  });
  it('refuses a mistyped email on the confirm field', () => {
    const r = checkErasure({ ...base, confirm: 'ana@example.org' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['confirm_mismatch', 'confirm'],
    ]);
  });
  it('refuses yourself, the last org admin and an erased person', () => {
    const code = (r: ReturnType<typeof checkErasure>) => (r.ok ? 'ok' : r.issues[0]!.code);
    expect(code(checkErasure({ ...base, callerPersonId: 'p1' }))).toBe('conflict');
    expect(code(checkErasure({ ...base, personIsOrgAdmin: true, orgAdminCount: 1 }))).toBe('conflict');
    expect(code(checkErasure({ ...base, personIsOrgAdmin: true, orgAdminCount: 2 }))).toBe('ok');
    expect(code(checkErasure({ ...base, alreadyErased: true }))).toBe('conflict');
  });
  it('gives a non-routable unique placeholder address', () => {
    expect(erasedEmail('abc')).toBe('erased-abc@erased.invalid');
  });
});

describe('retention', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(purgeDueAt(new Date('2024-01-31T10:00:00Z'), 1).toISOString()).toBe('2024-02-29T10:00:00.000Z');
    expect(purgeDueAt(new Date('2024-03-15T00:00:00Z'), 24).toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });
  it('picks closed, unpurged programs past the period, by transition or else end date', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const programs = [
      {
        id: 'due',
        phase: 'closed',
        closedAt: new Date('2024-05-31T00:00:00Z'),
        endDate: '2026-01-01',
        purgedAt: null,
      },
      {
        id: 'exactly',
        phase: 'closed',
        closedAt: new Date('2024-06-01T00:00:00Z'),
        endDate: '2024-01-01',
        purgedAt: null,
      },
      {
        id: 'recent',
        phase: 'closed',
        closedAt: new Date('2024-06-02T00:00:00Z'),
        endDate: '2020-01-01',
        purgedAt: null,
      },
      { id: 'by-end-date', phase: 'closed', closedAt: null, endDate: '2024-05-01', purgedAt: null },
      {
        id: 'purged',
        phase: 'closed',
        closedAt: null,
        endDate: '2020-01-01',
        purgedAt: new Date('2025-01-01'),
      },
      { id: 'running', phase: 'active', closedAt: null, endDate: '2020-01-01', purgedAt: null },
    ];
    expect(programsDueForPurge(programs, 24, now)).toEqual(['due', 'exactly', 'by-end-date']);
    expect(programsDueForPurge(programs, 6, new Date('2024-11-01T00:00:00Z'))).toEqual(['by-end-date']);
  });
});
