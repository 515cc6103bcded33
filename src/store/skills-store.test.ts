import { expect, it } from 'vitest';
import { insertOrganisation } from '#store/organisations-store';
import { addSkills, listSkills } from '#store/skills-store';
import { describeEachDriver } from '#tests/fixtures/each-driver';

describeEachDriver('skills store', (database) => {
  it('adds each skill once whatever its case and spacing, and keeps organisations apart', async () => {
    const { db } = database();
    const a = await insertOrganisation(db, { slug: 'skills-a', name: 'A' });
    const b = await insertOrganisation(db, { slug: 'skills-b', name: 'B' });
    expect(await addSkills(db, a.id, ['Blockchain', ' blockchain ', 'Social  media', ''])).toBe(2);
    expect(await addSkills(db, a.id, ['BLOCKCHAIN', 'Capital allocation'])).toBe(1);
    expect(await addSkills(db, b.id, ['Blockchain'])).toBe(1);
    expect((await listSkills(db, a.id)).map((s) => s.name)).toEqual([
      'Blockchain',
      'Capital allocation',
      'Social media',
    ]);
    expect((await listSkills(db, b.id)).map((s) => s.name)).toEqual(['Blockchain']);
  });

  it('searches by part of the name, treating % literally', async () => {
    const { db } = database();
    const org = await insertOrganisation(db, { slug: 'skills-search', name: 'S' });
    await addSkills(db, org.id, ['Machine learning', 'Learning design', '100% remote work']);
    expect((await listSkills(db, org.id, { q: 'LEARN' })).map((s) => s.name)).toEqual([
      'Learning design',
      'Machine learning',
    ]);
    expect((await listSkills(db, org.id, { q: '%' })).map((s) => s.name)).toEqual(['100% remote work']);
  });
});
