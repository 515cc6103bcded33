import type { Figure } from '#core/surveys/suppression';

/**
 * Aggregates as CSV text (issue 8), safe to open in a spreadsheet.
 *
 * - RFC 4180: records end with CRLF; a field holding a comma, a double quote, CR or LF is wrapped in
 *   double quotes, and a double quote inside it is doubled.
 * - Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and a tab or CR
 *   in front of one of those) as a formula. So a text cell starting with any of `=`, `+`, `-`, `@`, tab
 *   or CR is prefixed with a single quote `'`, which makes the spreadsheet show it as text.
 * - Numbers stay numbers: a number cell is written as is (`-3` stays `-3`); only text is prefixed. A
 *   number that is not finite, `null` and `undefined` are written as an empty cell; booleans as
 *   `true`/`false`.
 * - `bom`: starts the text with a byte order mark, so Excel reads accented names as UTF-8.
 */
export type CsvCell = string | number | boolean | null | undefined;
export type CsvColumn<R> = { readonly header: string; readonly value: (row: R) => CsvCell };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text, defended and quoted; see the rules above. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows as CSV text, each record ending with CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { readonly bom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return (options.bom ? '\uFEFF' : '') + lines.join('');
}

/** Records as CSV through named columns: each column gives its header and how to read a record. */
export function recordsToCsv<R>(
  columns: readonly CsvColumn<R>[],
  records: readonly R[],
  options: { readonly bom?: boolean } = {},
): string {
  return toCsv(
    columns.map((c) => c.header),
    records.map((r) => columns.map((c) => c.value(r))),
    options,
  );
}

/** A figure's number, or a short word saying it is hidden (the CSV never carries a hidden value). */
export function figureCell<T extends object>(figure: Figure<T>, pick: (shown: T) => number | null): CsvCell {
  if (figure.suppressed) return figure.reason === 'no_answers' ? 'none yet' : 'hidden';
  return pick(figure);
}
