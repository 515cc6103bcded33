import { describe, expect, it } from 'vitest';
import { type AuditEventForCsv, auditCsv } from '#core/audit/audit-csv';

const event = (overrides: Partial<AuditEventForCsv> = {}): AuditEventForCsv => ({
  createdAt: new Date('2026-11-21T10:00:00.123Z'),
  actorEmail: 'ada@northwind.example',
  action: 'member.roles_changed',
  target: 'acc-1',
  detail: { roles: ['sponsor'] },
  ip: '192.0.2.7',
  ...overrides,
});

describe('auditCsv', () => {
  it('writes a byte order mark, the header and one row per event with time in UTC', () => {
    expect(
      auditCsv([
        event(),
        event({ actorEmail: null, action: 'auth.login_failed', target: '', detail: {}, ip: '' }),
      ]),
    ).toBe(
      '\uFEFFwhen,who,action,target,details,address\r\n' +
        '2026-11-21T10:00:00.123Z,ada@northwind.example,member.roles_changed,acc-1,"{""roles"":[""sponsor""]}",192.0.2.7\r\n' +
        '2026-11-21T10:00:00.123Z,System,auth.login_failed,,,\r\n',
    );
  });

  it('prefixes a value that a spreadsheet would run as a formula', () => {
    const csv = auditCsv([event({ target: '=1+1', actorEmail: '@evil', detail: {} })]);
    expect(csv.split('\r\n')[1]).toBe(
      "2026-11-21T10:00:00.123Z,'@evil,member.roles_changed,'=1+1,,192.0.2.7",
    );
  });
});
