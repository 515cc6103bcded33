import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { epochMs, packedDate, packedText, readPacked, unpack } from '#store/packed-rows';
import { describeEachDriver } from '#tests/fixtures/each-driver';

/** Packed reads answer what row-by-row reads would, on both databases, whatever the text holds. */
describeEachDriver('packed rows', (database) => {
  const rows = sql`from (values
      (1, 'Sales, EMEA', timestamptz '2026-03-01T09:30:00.123Z', null::int),
      (2, ${'Ops\u001eand\u001fmore'}, null, 4),
      (3, '', timestamptz '1999-12-31T23:59:59Z', 0)
    ) as t(n, label, at, score)`;
  const fields = [sql`n`, packedText(sql`label`), epochMs(sql`at`), sql`score`];

  it('answers each row as its fields, null as empty, separators in text as spaces, in the order asked', async () => {
    const { db } = database();
    const records = await readPacked(db, fields, rows, sql`n desc`);
    expect(records).toEqual([
      ['3', '', String(Date.parse('1999-12-31T23:59:59Z')), '0'],
      ['2', 'Ops and more', '', '4'],
      ['1', 'Sales, EMEA', String(Date.parse('2026-03-01T09:30:00.123Z')), ''],
    ]);
    expect(packedDate(records[2]![2])).toEqual(new Date('2026-03-01T09:30:00.123Z'));
    expect(packedDate(records[1]![2])).toBeNull();
  });

  it('answers no records when no row matches', async () => {
    const { db } = database();
    expect(await readPacked(db, fields, sql`${rows} where n > 3`)).toEqual([]);
    expect(unpack(null)).toEqual([]);
  });
});
