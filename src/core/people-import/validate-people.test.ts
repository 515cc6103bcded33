import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, PERSON_FIELDS, TEMPLATE_CSV } from '#core/people-import/columns';
import { readPeopleFile } from '#core/people-import/read-people-file';
import { timeZoneLookup } from '#core/people-import/time-zones';

const context = (existing: Record<string, string | null> = {}) => ({
  existing: new Map(Object.entries(existing)),
  timeZoneOf: timeZoneLookup(),
});
const HEADER = PERSON_FIELDS.map((f) => COLUMNS[f].header).join(',');
const issuesOf = (text: string, existing: Record<string, string | null> = {}) => {
  const result = readPeopleFile(text, context(existing));
  return result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path }));
};

describe('validatePeople', () => {
  it('reads the template into typed people, in canonical spellings', () => {
    const result = readPeopleFile(TEMPLATE_CSV, context());
    expect(result).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          row: 2,
          email: 'maya.chen@example.com',
          level: 12,
          managerEmail: null,
          endDate: null,
        }),
        expect.objectContaining({
          row: 3,
          managerEmail: 'maya.chen@example.com',
          timeZone: 'Europe/Lisbon',
          hireDate: '2024-09-16',
          employmentStatus: 'active',
        }),
      ],
    });
  });

  it('matches headers case-insensitively with aliases, and leaves absent columns absent', () => {
    const text =
      'E-mail;Full Name;Job Title;Grade;Start date;Status;End Date;TIMEZONE\nA@X.example;Ana;Lead;3;2020-01-01;On leave;;europe/berlin';
    const result = readPeopleFile(text, context());
    expect(result.ok && result.value[0]).toEqual({
      row: 2,
      email: 'a@x.example',
      name: 'Ana',
      title: 'Lead',
      level: 3,
      hireDate: '2020-01-01',
      employmentStatus: 'on_leave',
      endDate: null,
      timeZone: 'Europe/Berlin',
    });
  });

  it('reports every problem with its spreadsheet row and column', () => {
    const rows = [
      HEADER,
      ',No Email,,,,,,,,,', // 2 missing email
      'not-an-email,Bad,,,,,,,,,', // 3 invalid email
      'a@x.example,Ana,,21,,,,Mars/Olympus,01/02/2020,retired,', // 4 level, zone, date, status
      'a@x.example,Ana Again,,,,,,,,,', // 5 duplicate
      'b@x.example,Bo,,,,ghost@x.example,,,,,', // 6 unknown manager
      'c@x.example,Cy,,,,,,,2020-05-01,left,2019-01-01', // 7 end before hire
      'd@x.example,Di,,,,,,,,left,', // 8 end date required
    ];
    expect(issuesOf(rows.join('\n'))).toEqual([
      { code: 'missing_email', path: [2, 'email'] },
      { code: 'invalid_email', path: [3, 'email'] },
      { code: 'bad_level', path: [4, 'level'] },
      { code: 'unknown_time_zone', path: [4, 'time_zone'] },
      { code: 'bad_date', path: [4, 'hire_date'] },
      { code: 'unknown_status', path: [4, 'employment_status'] },
      { code: 'duplicate_email', path: [5, 'email'] },
      { code: 'unknown_manager', path: [6, 'manager_email'] },
      { code: 'end_before_hire', path: [7, 'end_date'] },
      { code: 'end_date_required', path: [8, 'end_date'] },
    ]);
  });

  it('says that dates are ISO only, and names the unknown manager', () => {
    const result = readPeopleFile(
      'email,name,hire_date,manager\na@x.example,A,31/12/2020,x@y.example',
      context(),
    );
    const messages = result.ok ? [] : result.issues.map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/YYYY-MM-DD.*DD\/MM\/YYYY are not accepted/),
      'Unknown manager "x@y.example" (not in the file or the organisation).',
    ]);
  });

  it('accepts a manager already in the organisation', () => {
    expect(
      issuesOf('email,name,manager_email\na@x.example,A,boss@x.example', { 'boss@x.example': null }),
    ).toEqual([]);
  });

  it('reports each row of a manager cycle once, across the file and the organisation', () => {
    const text = [
      'email,name,manager_email',
      'a@x.example,A,b@x.example',
      'b@x.example,B,c@x.example',
      'c@x.example,C,a@x.example',
      'd@x.example,D,a@x.example', // leads into the cycle but is not part of it
      'e@x.example,E,e@x.example', // own manager
      'f@x.example,F,old@x.example', // old reports to f in the organisation
    ].join('\n');
    const result = readPeopleFile(text, context({ 'old@x.example': 'f@x.example' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path[0], i.code])).toEqual([
      [2, 'manager_cycle'],
      [3, 'manager_cycle'],
      [4, 'manager_cycle'],
      [6, 'manager_cycle'],
      [7, 'manager_cycle'],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Manager cycle: a@x.example → b@x.example → c@x.example → a@x.example.',
    );
    expect(result.issues[3]?.message).toBe('A person cannot be their own manager.');
  });

  it('reports unexpected, repeated and missing columns once, with their names', () => {
    const result = readPeopleFile('Name,Salary,Job title,title\nA,1,x,y\nB,2,x,y', context());
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'unexpected_column', path: [1, 'Salary'] }),
      expect.objectContaining({ code: 'duplicate_column', path: [1, 'title'] }),
      expect.objectContaining({ code: 'missing_column', path: [1, 'email'] }),
    ]);
  });

  it('skips blank rows but counts them in row numbers, and flags extra values', () => {
    expect(issuesOf('email,name\n,\na@x.example,A,extra\n\nb@x.example,')).toEqual([
      { code: 'too_many_values', path: [3] },
      { code: 'missing_name', path: [5, 'name'] },
    ]);
  });
});

const valid = fc
  .array(
    fc.record({
      name: fc.string({
        minLength: 1,
        maxLength: 20,
        unit: fc.constantFrom('a', 'Z', ' ', ',', '"', ';', '\n', 'é'),
      }),
      title: fc.string({ maxLength: 12 }),
      level: fc.option(fc.integer({ min: 1, max: 20 })),
      zone: fc.constantFrom('Europe/London', 'Asia/Tokyo', 'UTC'),
      hire: fc.option(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
      ),
      status: fc.constantFrom('active', 'on_leave', 'left'),
      managerPick: fc.nat(),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      ...r,
      name: r.name.trim() === '' ? 'N' : r.name.trim(),
      title: r.title.trim(),
      email: `p${i}@x.example`,
      // managers always come earlier in the file: a tree, never a cycle
      managerEmail: i === 0 ? null : `p${r.managerPick % i}@x.example`,
      hireDate: r.hire ? r.hire.toISOString().slice(0, 10) : null,
      endDate: r.status === 'left' ? '2030-06-30' : null,
    })),
  );

describe('validatePeople, properties', () => {
  it('gives back exactly the people of any generated valid file', () => {
    fc.assert(
      fc.property(
        valid,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (people, sep, eol, bom) => {
          const q = (v: string | number | null) => `"${String(v ?? '').replaceAll('"', '""')}"`;
          const header =
            'email,name,title,level,manager_email,time_zone,hire_date,employment_status,end_date'.replaceAll(
              ',',
              sep,
            );
          const lines = people.map((p) =>
            [p.email, p.name, p.title, p.level, p.managerEmail, p.zone, p.hireDate, p.status, p.endDate]
              .map(q)
              .join(sep),
          );
          const result = readPeopleFile(
            `${bom ? '\uFEFF' : ''}${[header, ...lines].join(eol)}${eol}`,
            context(),
          );
          expect(result.ok ? '' : JSON.stringify(result.issues)).toBe('');
          if (!result.ok) return;
          expect(result.value).toEqual(
            people.map((p, i) => ({
              row: i + 2,
              email: p.email,
              name: p.name,
              title: p.title,
              level: p.level,
              managerEmail: p.managerEmail,
              timeZone: p.zone,
              hireDate: p.hireDate,
              employmentStatus: p.status,
              endDate: p.endDate,
            })),
          );
        },
      ),
    );
  });

  it('answers any text or bytes with a result, never an exception, and every issue has a row', () => {
    const pieces = fc.constantFrom(
      'email',
      'name',
      'manager',
      ',',
      ';',
      '"',
      '\n',
      '\r',
      'a@x.example',
      '2020-13-45',
      '\uFEFF',
      'x',
    );
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: pieces, maxLength: 60 }),
    );
    fc.assert(
      fc.property(fc.oneof(texts, fc.uint8Array({ maxLength: 200 })), (input) => {
        const result = readPeopleFile(input, context({ 'a@x.example': 'a@x.example' }));
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const i of result.issues) expect(typeof i.message).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});
