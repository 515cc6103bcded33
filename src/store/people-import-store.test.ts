import { expect, it } from 'vitest';
import { planPeopleImport } from '#core/people-import/plan-import';
import { readPeopleFile } from '#core/people-import/read-people-file';
import { timeZoneLookup } from '#core/people-import/time-zones';
import type { Db } from '#store/database';
import { insertOrganisation } from '#store/organisations-store';
import { applyPeopleImport, loadPeopleForImport } from '#store/people-import-store';
import { insertPeople, listPeople } from '#store/people-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';

async function importFile(db: Db, orgId: string, text: string, markMissingAsLeavers = true) {
  const existing = await loadPeopleForImport(db, orgId);
  const read = readPeopleFile(text, {
    existing: new Map(existing.map((p) => [p.email.toLowerCase(), p.managerEmail?.toLowerCase() ?? null])),
    timeZoneOf: timeZoneLookup(),
  });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const plan = planPeopleImport(existing, read.value, { markMissingAsLeavers });
  await applyPeopleImport(db, orgId, plan, { today: '2026-05-04' });
  return plan.counts;
}

async function everyone(db: Db, orgId: string) {
  const { items } = await listPeople(db, orgId, { limit: 200, offset: 0 });
  return Object.fromEntries(items.map((p) => [p.email, p]));
}

describeEachDriver('people import store', (database) => {
  it('inserts people with a manager who comes later in the file, then updates by email and marks leavers', async () => {
    const { db } = database();
    const org = await insertOrganisation(db, { slug: 'imp', name: 'Imp' });
    const other = await insertOrganisation(db, { slug: 'other', name: 'Other' });
    await insertPeople(db, other.id, [{ email: 'rep@x.example', name: 'Other tenant' }]);
    const first = [
      'email,name,title,level,manager_email,time_zone,hire_date,employment_status,end_date',
      'rep@x.example,Rep,Engineer,2,boss@x.example,Europe/Lisbon,2024-01-15,active,',
      'boss@x.example,Boss,CTO,10,,,2010-01-01,active,',
      'quits@x.example,Quits,Analyst,3,boss@x.example,,,active,2026-01-31',
    ].join('\n');
    expect(await importFile(db, org.id, first)).toEqual({
      created: 3,
      updated: 0,
      markedLeft: 0,
      unchanged: 0,
    });
    let people = await everyone(db, org.id);
    expect(people['rep@x.example']).toMatchObject({
      managerName: 'Boss',
      level: 2,
      timeZone: 'Europe/Lisbon',
      hireDate: '2024-01-15',
    });
    expect(people['boss@x.example']).toMatchObject({ managerId: null, timeZone: 'UTC' });

    const second = [
      'Email,Name,Manager,Level',
      'REP@x.example,Rep Renamed,,',
      'boss@x.example,Boss,,10',
    ].join('\n');
    expect(await importFile(db, org.id, second)).toEqual({
      created: 0,
      updated: 1,
      markedLeft: 1,
      unchanged: 1,
    });
    people = await everyone(db, org.id);
    expect(people['rep@x.example']).toMatchObject({
      name: 'Rep Renamed',
      managerId: null,
      level: null,
      title: 'Engineer', // not in the second file: left alone
      timeZone: 'Europe/Lisbon',
    });
    expect(people['quits@x.example']).toMatchObject({ employmentStatus: 'left', endDate: '2026-01-31' });
    expect((await everyone(db, other.id))['rep@x.example']).toMatchObject({ name: 'Other tenant' });
  });

  it('marks nobody as leaving unless asked, and dates a leaver today when no end date was set', async () => {
    const { db } = database();
    const org = await insertOrganisation(db, { slug: 'sync', name: 'Sync' });
    await importFile(db, org.id, 'email,name\na@x.example,A\nb@x.example,B');
    expect(await importFile(db, org.id, 'email,name\na@x.example,A', false)).toMatchObject({
      markedLeft: 0,
      unchanged: 1,
    });
    expect((await everyone(db, org.id))['b@x.example']).toMatchObject({ employmentStatus: 'active' });
    expect(await importFile(db, org.id, 'email,name\na@x.example,A')).toMatchObject({ markedLeft: 1 });
    expect((await everyone(db, org.id))['b@x.example']).toMatchObject({
      employmentStatus: 'left',
      endDate: '2026-05-04',
    });
  });

  it('writes thousands of rows across chunks with every manager link', async () => {
    const { db } = database();
    const org = await insertOrganisation(db, { slug: 'big', name: 'Big' });
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `p${i}@x.example,P ${i},${i === 0 ? '' : `p${Math.floor((i - 1) / 5)}@x.example`}`,
    );
    expect(await importFile(db, org.id, ['email,name,manager_email', ...rows].join('\n'))).toMatchObject({
      created: 6000,
    });
    const existing = await loadPeopleForImport(db, org.id);
    expect(existing).toHaveLength(6000);
    const managerOf = new Map(existing.map((p) => [p.email, p.managerEmail]));
    expect(managerOf.get('p5999@x.example')).toBe('p1199@x.example');
    expect([...managerOf.values()].filter((m) => m === null)).toHaveLength(1);
  });
});
