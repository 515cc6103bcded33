import { describe, expect, it } from 'vitest';
import { DEMO_ORG, type DemoAccount, type DemoPerson, demoAccounts, demoPeople } from './demo-people';

const byKey = new Map(demoPeople.map((p) => [p.key, p]));

function get(key: string): DemoPerson {
  const p = byKey.get(key);
  if (!p) throw new Error(`no demo person ${key}`);
  return p;
}

/** Managers above `key`, nearest first. Throws on a cycle so a broken roster cannot loop forever. */
function chainAbove(key: string): string[] {
  const chain: string[] = [];
  let current = get(key).managerKey;
  while (current !== null) {
    if (current === key || chain.includes(current)) throw new Error(`management cycle through ${current}`);
    chain.push(current);
    current = get(current).managerKey;
  }
  return chain;
}

function inReportingLine(a: string, b: string): boolean {
  return chainAbove(a).includes(b) || chainAbove(b).includes(a);
}

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

describe('demo organisation', () => {
  it('is Northwind Energy', () => {
    expect(DEMO_ORG).toEqual({ slug: 'northwind', name: 'Northwind Energy' });
  });

  it('has a mid-sized roster with unique, well-formed keys and emails', () => {
    expect(demoPeople.length).toBeGreaterThanOrEqual(55);
    expect(demoPeople.length).toBeLessThanOrEqual(70);
    expect(byKey.size).toBe(demoPeople.length);
    expect(new Set(demoPeople.map((p) => p.email)).size).toBe(demoPeople.length);
    expect(new Set(demoPeople.map((p) => p.name)).size).toBe(demoPeople.length);
    for (const p of demoPeople) {
      expect(p.key, p.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.email, p.key).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*@northwind\.example$/);
      const [first = '', ...rest] = ascii(p.name).split(' ');
      expect(p.email, p.key).toBe(`${first}.${rest.join('-')}@northwind.example`);
    }
  });

  it('has levels 1..9 and titles for everyone', () => {
    for (const p of demoPeople) {
      expect(Number.isInteger(p.level) && p.level >= 1 && p.level <= 9, p.key).toBe(true);
      expect(p.title.trim(), p.key).not.toBe('');
      expect(p.department.trim(), p.key).not.toBe('');
    }
    const levels = new Set(demoPeople.map((p) => p.level));
    for (let level = 1; level <= 9; level++) expect(levels.has(level), `level ${level}`).toBe(true);
  });

  it('has one CEO at the top and a C-suite reporting to the CEO', () => {
    const roots = demoPeople.filter((p) => p.managerKey === null);
    expect(roots.map((p) => p.key)).toEqual(['ceo']);
    expect(get('ceo').level).toBe(9);
    for (const p of demoPeople.filter((q) => q.level === 9 && q.key !== 'ceo')) {
      expect(p.managerKey, p.key).toBe('ceo');
    }
  });

  it('has reporting lines that exist, end at the CEO, and go up in level', () => {
    for (const p of demoPeople) {
      if (p.managerKey === null) continue;
      const manager = byKey.get(p.managerKey);
      expect(manager, `${p.key} -> ${p.managerKey}`).toBeDefined();
      if (!manager) continue;
      // Strictly higher, except that the C-suite (level 9, like the CEO) reports to the CEO.
      const cSuiteToCeo = manager.managerKey === null && p.level === 9;
      expect(manager.level, `${p.key} -> ${manager.key}`).toBeGreaterThanOrEqual(p.level);
      if (!cSuiteToCeo) expect(manager.level, `${p.key} -> ${manager.key}`).toBeGreaterThan(p.level);
      // Same department, or reporting straight to the C-suite (e.g. VP of Marketing -> CCO).
      expect(manager.department === p.department || manager.level === 9, `${p.key} -> ${manager.key}`).toBe(
        true,
      );
      expect(chainAbove(p.key).at(-1), p.key).toBe('ceo');
    }
  });

  it('uses valid IANA time zones across several sites', () => {
    const zones = new Set(demoPeople.map((p) => p.timeZone));
    for (const zone of zones) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
      expect(Intl.supportedValuesOf('timeZone'), zone).toContain(zone);
    }
    expect(zones.size).toBeGreaterThanOrEqual(5);
  });

  it('has valid dates, and an end date exactly for leavers', () => {
    for (const p of demoPeople) {
      expect(isIsoDate(p.hireDate), `${p.key} ${p.hireDate}`).toBe(true);
      expect(p.hireDate >= '2012-01-01' && p.hireDate <= '2026-06-30', `${p.key} ${p.hireDate}`).toBe(true);
      expect(p.employmentStatus === 'left', p.key).toBe(p.endDate !== null);
      if (p.endDate !== null) {
        expect(isIsoDate(p.endDate), `${p.key} ${p.endDate}`).toBe(true);
        expect(p.endDate.startsWith('2026-'), p.key).toBe(true);
        expect(p.endDate > p.hireDate, p.key).toBe(true);
      }
    }
    const count = (status: DemoPerson['employmentStatus']) =>
      demoPeople.filter((p) => p.employmentStatus === status).length;
    expect(count('left')).toBeGreaterThanOrEqual(2);
    expect(count('left')).toBeLessThanOrEqual(3);
    expect(count('on_leave')).toBe(1);
  });

  it('never has an active manager who has left', () => {
    for (const p of demoPeople) {
      if (p.managerKey === null || p.employmentStatus === 'left') continue;
      expect(get(p.managerKey).employmentStatus, p.key).not.toBe('left');
    }
  });
});

describe('demo story cast', () => {
  it('has enough active juniors and senior leaders from several departments', () => {
    const active = demoPeople.filter((p) => p.employmentStatus === 'active');
    const juniors = active.filter((p) => p.level <= 3);
    const seniors = active.filter((p) => p.level >= 7);
    expect(juniors.length).toBeGreaterThanOrEqual(10);
    expect(seniors.length).toBeGreaterThanOrEqual(10);
    expect(new Set(juniors.map((p) => p.department)).size).toBeGreaterThanOrEqual(5);
  });

  it('casts the story roles at the right levels and departments', () => {
    expect(get('cfo')).toMatchObject({ level: 9, department: 'Finance' });
    expect(get('vp-marketing')).toMatchObject({ level: 8, department: 'Marketing' });
    expect(get('junior-blockchain-engineer')).toMatchObject({ department: 'Engineering' });
    expect(get('junior-blockchain-engineer').level).toBeLessThanOrEqual(3);
    expect(get('social-media-manager').level).toBeLessThanOrEqual(3);
    expect(get('social-media-manager').department).not.toBe('Marketing');
    expect(get('hr-program-manager').department).toBe('People & Culture');
    expect(get('erg-lead').level).toBeGreaterThanOrEqual(4);
    expect(get('erg-lead').level).toBeLessThanOrEqual(5);
  });

  it('keeps each story pair outside the other side’s reporting line', () => {
    expect(chainAbove('social-media-manager')).not.toContain('vp-marketing');
    expect(inReportingLine('social-media-manager', 'vp-marketing')).toBe(false);
    expect(inReportingLine('junior-blockchain-engineer', 'cfo')).toBe(false);
  });
});

describe('demo accounts', () => {
  it('link to existing, active people and cover every role', () => {
    for (const account of demoAccounts) {
      expect(byKey.has(account.personKey), account.personKey).toBe(true);
      expect(get(account.personKey).employmentStatus, account.personKey).toBe('active');
      expect(account.label.trim()).not.toBe('');
    }
    const roles: readonly DemoAccount['role'][] = [
      'org_admin',
      'program_manager',
      'sponsor',
      'erg_lead',
      'participant',
    ];
    expect(new Set(demoAccounts.map((a) => a.role))).toEqual(new Set(roles));
  });

  it('lets both sides of the CFO pair log in, and the CEO sponsor', () => {
    const participants = demoAccounts.filter((a) => a.role === 'participant').map((a) => a.personKey);
    expect(participants).toEqual(expect.arrayContaining(['cfo', 'junior-blockchain-engineer']));
    expect(demoAccounts.find((a) => a.role === 'sponsor')?.personKey).toBe('ceo');
    expect(demoAccounts.find((a) => a.role === 'program_manager')?.personKey).toBe('hr-program-manager');
  });
});
