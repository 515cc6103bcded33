import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from '#core/people-import/csv';

const records = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.records;
};

describe('parseCsv', () => {
  it('reads quoted fields holding delimiters, doubled quotes and line breaks, with CRLF or LF', () => {
    const text = 'name,title\r\n"Chen, Maya","The ""boss""\nof all"\r\nSam,Engineer\n';
    expect(records(text)).toEqual([
      ['name', 'title'],
      ['Chen, Maya', 'The "boss"\nof all'],
      ['Sam', 'Engineer'],
    ]);
  });

  it('detects a semicolon delimiter from the header and strips a byte-order mark', () => {
    const parsed = parseCsv('\uFEFFemail;name;title\na@x.example;Ana;"Lead, Sales"');
    expect(parsed.ok && parsed.value.delimiter).toBe(';');
    expect(parsed.ok && parsed.value.records).toEqual([
      ['email', 'name', 'title'],
      ['a@x.example', 'Ana', 'Lead, Sales'],
    ]);
  });

  it('keeps empty trailing fields and reads a lone CR as a line end', () => {
    expect(records('a,b,\r1,,')).toEqual([
      ['a', 'b', ''],
      ['1', '', ''],
    ]);
  });

  it('reports an unclosed quote and a stray quote with the row, and an empty file', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toMatchObject({
      ok: false,
      issues: [{ code: 'unterminated_quote', path: [2] }],
    });
    expect(parseCsv('a,b\n1,2\n"x"y,3')).toMatchObject({
      ok: false,
      issues: [{ code: 'stray_quote', path: [3] }],
    });
    expect(parseCsv('\uFEFF  \n')).toMatchObject({ ok: false, issues: [{ code: 'empty_file' }] });
  });

  it('refuses bytes that are not UTF-8, naming UTF-16', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({
      ok: true,
      value: 'aé',
    });
    expect(decodeCsvBytes(new Uint8Array([0x61, 0xff, 0x62]))).toMatchObject({
      ok: false,
      issues: [{ code: 'not_utf8' }],
    });
    const utf16 = decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(!utf16.ok && utf16.issues[0]?.message).toMatch(/UTF-16/);
  });

  it('round-trips any table written with RFC 4180 quoting, with either delimiter and line end', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r\n', ' ', 'é') });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
      );
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), (rows, delimiter, eol) => {
        // the header names the delimiter when it could be mistaken: it gets more of its own kind
        const header = Array.from({ length: rows[0]!.length }, (_, i) => `c${i}`);
        const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
        const text = [header, ...rows].map((r) => r.map(quote).join(delimiter)).join(eol);
        const width = header.length;
        const parsed = parseCsv(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        if (width > 1) expect(parsed.value.delimiter).toBe(delimiter);
        if (width > 1 || delimiter === ',') expect(parsed.value.records).toEqual([header, ...rows]);
      }),
    );
  });

  it('never throws on any text or any bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const parsed = parseCsv(text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeCsvBytes(bytes);
        const text = decoded.ok ? decoded.value : new TextDecoder().decode(bytes);
        expect(typeof parseCsv(text).ok).toBe('boolean');
      }),
    );
  });
});
