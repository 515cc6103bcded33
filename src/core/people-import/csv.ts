import { fail, issue, ok, type Result } from '#core/result';

/**
 * RFC 4180 CSV, as spreadsheets really save it: UTF-8 with or without a byte-order mark, comma or
 * semicolon (detected from the header line), quoted fields holding delimiters, doubled quotes and line
 * breaks, CRLF, LF or CR line ends. Never throws: a file it cannot read comes back as issues whose
 * path is the spreadsheet row (the header is row 1).
 */
export type CsvTable = { readonly delimiter: ',' | ';'; readonly records: readonly (readonly string[])[] };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Bytes to text; only UTF-8 is accepted (a UTF-16 file from "Unicode Text" export is named as such). */
export function decodeCsvBytes(bytes: Uint8Array): Result<string> {
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    return fail([issue('not_utf8', 'The file is UTF-16 text. Save it as "CSV UTF-8" and upload it again.')]);
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail([
      issue(
        'not_utf8',
        'The file is not UTF-8 text. Save it as "CSV UTF-8 (comma delimited)" and upload it again.',
      ),
    ]);
  }
}

/** The delimiter that appears more often outside quotes on the first line; comma on a tie. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): Result<CsvTable> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail([issue('empty_file', 'The file is empty: it needs a header row.', [])]);
  // No database stores U+0000 as text: a file holding one is binary or mis-saved, never a list of people.
  if (text.includes('\u0000'))
    return fail([
      issue(
        'not_text',
        'The file contains NUL characters, so it is not CSV text. Save it as "CSV UTF-8" and upload it again.',
        [],
      ),
    ]);
  const delimiter = detectDelimiter(text);
  const sep = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const problems = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    if (i === n) {
      // the end of the text closes the last record, unless the text ended with a line break
      if (record.length > 0) records.push(record);
      break;
    }
    const row = records.length + 1;
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < n) {
        const next = text.indexOf('"', j);
        if (next === -1) break;
        value += text.slice(j, next);
        if (text.charCodeAt(next + 1) === QUOTE) {
          value += '"';
          j = next + 2;
        } else {
          j = next + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        problems.push(
          issue('unterminated_quote', 'A quoted field is never closed: a closing " is missing.', [row]),
        );
        return fail(problems);
      }
      // anything between the closing quote and the delimiter is kept, but reported
      let k = j;
      while (k < n && text.charCodeAt(k) !== sep && text.charCodeAt(k) !== CR && text.charCodeAt(k) !== LF)
        k++;
      if (k > j) {
        problems.push(
          issue('stray_quote', 'A quote inside a quoted field must be doubled (""), as in "say ""hi""".', [
            row,
          ]),
        );
        value += text.slice(j, k);
      }
      field = value;
      i = k;
    } else {
      let k = i;
      while (k < n && text.charCodeAt(k) !== sep && text.charCodeAt(k) !== CR && text.charCodeAt(k) !== LF)
        k++;
      field = text.slice(i, k);
      i = k;
    }
    record.push(field);
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) record.push('');
    } else if (c === CR || c === LF) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      records.push(record);
      record = [];
    }
  }
  if (problems.length > 0) return fail(problems);
  return ok({ delimiter, records });
}
