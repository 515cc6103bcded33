import { expect, it } from 'vitest';
import { insertOrganisation } from '#store/organisations-store';
import { getPerson, insertPeople, listPeople, setManager } from '#store/people-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';

describeEachDriver('people store', (database) => {
  it('scopes every read by organisation', async () => {
    const { db } = database();
    const a = await insertOrganisation(db, { slug: 'org-a', name: 'A' });
    const b = await insertOrganisation(db, { slug: 'org-b', name: 'B' });
    const [alice] = await insertPeople(db, a.id, [{ email: 'alice@a.example', name: 'Alice Marker-A' }]);
    await insertPeople(db, b.id, [{ email: 'bob@b.example', name: 'Bob' }]);

    expect(await getPerson(db, a.id, alice!.id)).toMatchObject({ name: 'Alice Marker-A' });
    expect(await getPerson(db, b.id, alice!.id)).toBeUndefined();
    const listed = await listPeople(db, b.id, { limit: 50, offset: 0 });
    expect(listed.items.map((p) => p.name)).toEqual(['Bob']);
    expect(listed.total).toBe(1);
  });

  it('finds by name, email or department, treating % and _ literally, and pages in name order', async () => {
    const { db } = database();
    const org = await insertOrganisation(db, { slug: 'search', name: 'Search' });
    await insertPeople(db, org.id, [
      { email: 'zoe@x.example', name: 'Zoe', department: 'Finance' },
      { email: 'adam@x.example', name: 'Adam', department: 'Engineering' },
      { email: 'mia@x.example', name: 'Mia 100%', department: 'Finance' },
    ]);
    expect(
      (await listPeople(db, org.id, { q: 'finance', limit: 10, offset: 0 })).items.map((p) => p.name),
    ).toEqual(['Mia 100%', 'Zoe']);
    expect((await listPeople(db, org.id, { q: '%', limit: 10, offset: 0 })).items.map((p) => p.name)).toEqual(
      ['Mia 100%'],
    );
    const page2 = await listPeople(db, org.id, { limit: 2, offset: 2 });
    expect(page2.items.map((p) => p.name)).toEqual(['Zoe']);
    expect(page2.total).toBe(3);
  });

  it('names the manager and refuses a second person with the same email in one organisation', async () => {
    const { db } = database();
    const org = await insertOrganisation(db, { slug: 'mgr', name: 'Mgr' });
    const [boss, report] = await insertPeople(db, org.id, [
      { email: 'Boss@x.example', name: 'Boss' },
      { email: 'report@x.example', name: 'Report' },
    ]);
    await setManager(db, org.id, report!.id, boss!.id);
    expect(await getPerson(db, org.id, report!.id)).toMatchObject({
      managerId: boss!.id,
      managerName: 'Boss',
    });
    await expect(insertPeople(db, org.id, [{ email: 'boss@x.example', name: 'Dup' }])).rejects.toThrow();
  });
});
