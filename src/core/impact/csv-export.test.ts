import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, figureCell, recordsToCsv, toCsv } from '#core/impact/csv-export';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('csvField', () => {
  it('prefixes text that a spreadsheet would run as a formula with a single quote', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    // A CR makes the field need quotes as well: prefix first, then quote.
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    // The classic payload: prefixed, and quoted because of its quotes and comma.
    expect(csvField('=HYPERLINK("http://x.test","Click")')).toBe(
      `"'=HYPERLINK(""http://x.test"",""Click"")"`,
    );
  });

  it('leaves ordinary text alone, including a formula character that is not first', () => {
    expect(csvField('Finance')).toBe('Finance');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(' =1')).toBe(' =1');
    expect(csvField('')).toBe('');
  });

  it('keeps numbers as numbers, negative ones too, and writes nothing for missing or non-finite values', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(72.5)).toBe('72.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Sales, EMEA')).toBe('"Sales, EMEA"');
    expect(csvField('the "new" team')).toBe('"the ""new"" team"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('toCsv', () => {
  it('writes a header and rows, each ending with CRLF, with an optional byte order mark', () => {
    expect(
      toCsv(
        ['Skill', 'Learners'],
        [
          ['AI tools', 6],
          ['=cmd', null],
        ],
      ),
    ).toBe("Skill,Learners\r\nAI tools,6\r\n'=cmd,\r\n");
    expect(toCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('writes records through named columns', () => {
    const csv = recordsToCsv(
      [
        { header: 'Department', value: (r: { dept: string; n: number }) => r.dept },
        { header: 'People', value: (r) => r.n },
      ],
      [{ dept: 'Sales, EMEA', n: 7 }],
    );
    expect(csv).toBe('Department,People\r\n"Sales, EMEA",7\r\n');
  });

  it('reads back as the same cells, with only formula-like text changed by its prefix (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }), {
          maxLength: 5,
        }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('x')]);
          const back = parseCsv(toCsv(header, padded));
          expect(back[0]).toEqual(header);
          padded.forEach((row, i) => {
            row.forEach((cell, j) => {
              const read = back[i + 1]![j]!;
              if (typeof cell === 'number') expect(read).toBe(String(cell));
              else expect(read).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
              expect(/^[=+@\t\r]/.test(read) || (typeof cell === 'string' && read.startsWith('-'))).toBe(
                false,
              );
            });
          });
        },
      ),
    );
  });
});

describe('figureCell', () => {
  it('gives the number of a shown figure and never the value of a hidden one', () => {
    expect(figureCell({ suppressed: false, people: 7 }, (f) => f.people)).toBe(7);
    const hidden = { suppressed: true, reason: 'small_group', message: '…' } as const;
    expect(figureCell<{ people: number }>(hidden, (f) => f.people)).toBe('hidden');
    const none = { suppressed: true, reason: 'no_answers', message: '…' } as const;
    expect(figureCell<{ people: number }>(none, (f) => f.people)).toBe('none yet');
  });
});
