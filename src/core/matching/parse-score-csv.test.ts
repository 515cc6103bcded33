import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScoreCsv } from './parse-score-csv';

describe('parseScoreCsv', () => {
  it('reads scores and empty (forbidden) cells', () => {
    const parsed = parseScoreCsv('1,2.5,\r\n 0 ,,1e2\n');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect([parsed.value.rows, parsed.value.cols]).toEqual([2, 3]);
      expect(Array.from(parsed.value.scores)).toEqual([1, 2.5, Number.NaN, 0, Number.NaN, 100]);
    }
  });

  it.each([
    ['', 'empty'],
    ['\n\n', 'empty'],
    ['1,2\n3', 'ragged'],
    ['1,x', 'not-a-number'],
    ['1,-2', 'negative'],
    ['1,Infinity', 'not-a-number'],
    ['1,1e999', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['0x10', 'not-a-number'],
  ])('rejects %j as %s', (text, code) => {
    const parsed = parseScoreCsv(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.code).toBe(code);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '2', ',', '\n', '-', '.', 'e', ' ', 'x', '') }),
        (text) => {
          const parsed = parseScoreCsv(text);
          if (parsed.ok) expect(parsed.value.scores.length).toBe(parsed.value.rows * parsed.value.cols);
        },
      ),
    );
  });
});
