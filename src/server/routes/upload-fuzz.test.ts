import { Readable } from 'node:stream';
import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_FIELDS } from '#core/people-import/columns';
import { hashPassword } from '#server/auth/secrets';
import { IMPORT_BODY_LIMIT } from '#server/routes/people-import-routes';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { people } from '#store/schema';
import { answerProblem } from '#tests/fixtures/documented-error';
import { HOSTILE_TEXT } from '#tests/fixtures/openapi-arbitraries';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

/**
 * Hostile uploads (issue 9). The people CSV import answers any file (binary garbage, invalid UTF-8,
 * NUL bytes, byte-order marks, endless lines, thousands of columns, formulas, unbalanced quotes,
 * mixed line ends) with a 200 report or a 4xx in the error shape, never a 500, and a refused import
 * writes nothing. A body over the limit is refused with 413 from its Content-Length, before it is
 * read. The one form upload (one-click unsubscribe) is fuzzed the same way.
 *
 * Deterministic: seed FUZZ_SEED, FUZZ_RUNS generated files per property.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** Time for one property: about 0.1 s per generated file on a busy 2-core machine, with room to spare. */
const FUZZ_TIMEOUT = 30_000 + RUNS * 500;
const PASSWORD = 'upload fuzz passphrase 2026';

let t: TestApp;
let admin: Session;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  orgId = (await insertOrganisation(db, { slug: 'upload-fuzz', name: 'Upload Fuzz' })).id;
  const [boss, ...rest] = await insertPeople(db, orgId, [
    { email: 'admin@upload.example', name: 'Ada Admin' },
    { email: 'one@upload.example', name: 'One Person', level: 3 },
    { email: 'two@upload.example', name: 'Two Person', level: 9 },
  ]);
  expect(rest).toHaveLength(2);
  const account = await insertAccount(db, {
    email: boss!.email,
    name: boss!.name,
    passwordHash: await hashPassword(PASSWORD),
  });
  await insertMembership(db, { orgId, accountId: account.id, personId: boss!.id, roles: ['org_admin'] });
  admin = await signIn(t.app, boss!.email, PASSWORD);
});
afterAll(() => t?.close());

/** Every person of the organisation as stored: a refused import leaves it exactly as it was. */
async function peopleSnapshot(): Promise<string> {
  const rows = await t.database.db
    .select()
    .from(people)
    .where(eq(people.orgId, orgId))
    .orderBy(asc(people.email));
  return JSON.stringify(rows);
}

function upload(file: Uint8Array | string, query: string, headers: Record<string, string> = {}) {
  return admin.inject({
    method: 'POST',
    url: `/api/people/import${query}`,
    headers: { 'content-type': 'text/csv', ...headers },
    payload: typeof file === 'string' ? file : Buffer.from(file),
  });
}

/** Uploads a file and checks the answer is documented, and that only a successful real import wrote anything. */
async function uploadProblem(
  file: Uint8Array | string,
  query = '?dryRun=false',
): Promise<string | undefined> {
  const before = await peopleSnapshot();
  const response = await upload(file, query);
  const problem = answerProblem(response);
  if (problem) return problem;
  const wrote = response.statusCode === 200 && !query.includes('dryRun=true');
  if (!wrote && (await peopleSnapshot()) !== before)
    return `status ${response.statusCode} but people changed`;
  if (response.statusCode === 200) {
    const body = response.json() as { issues?: unknown[]; counts?: unknown };
    if (!Array.isArray(body.issues) || body.counts === undefined)
      return `a 200 that is no report: ${response.body}`;
  } else if (response.statusCode !== 400 && response.statusCode !== 413) {
    return `status ${response.statusCode} for a CSV file, expected a report (200 or 400) or 413`;
  }
  return undefined;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const concat = (...parts: readonly Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

const BOMS: readonly Uint8Array[] = [
  new Uint8Array([]),
  new Uint8Array([0xef, 0xbb, 0xbf]),
  new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
  new Uint8Array([0xff, 0xfe]),
  new Uint8Array([0xfe, 0xff]),
  new Uint8Array([0xff, 0xfe, 0x00, 0x00]),
  new Uint8Array([0xef, 0xbb]),
];

/** Byte sequences no UTF-8 decoder accepts, and NUL. */
const BAD_BYTES: readonly Uint8Array[] = [
  new Uint8Array([0x00]),
  new Uint8Array([0xff]),
  new Uint8Array([0x80]),
  new Uint8Array([0xc3, 0x28]),
  new Uint8Array([0xc0, 0xaf]),
  new Uint8Array([0xed, 0xa0, 0x80]),
  new Uint8Array([0xf4, 0x90, 0x80, 0x80]),
  new Uint8Array([0xe2, 0x82]),
];

const FORMULAS = ['=1+1', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A2)', '=HYPERLINK("http://x.example","x")'];
const QUOTES = ['"', '"unclosed', 'mid"quote', '"""', '"a""b', '"closed"trailing', '""'];

const cell = fc.oneof(
  { arbitrary: fc.emailAddress(), weight: 3 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 3 },
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...FORMULAS, ...QUOTES, ...HOSTILE_TEXT),
  fc.constantFrom('2024-02-29', '31/01/2024', 'left', 'on leave', 'Europe/London', '0', '21', '1.5'),
  { arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);

const headerName = fc.oneof(
  { arbitrary: fc.constantFrom(...PERSON_FIELDS, 'E-Mail', 'Full Name', 'GRADE'), weight: 4 },
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...QUOTES, ...FORMULAS),
);

/** A spreadsheet-like file: a header, rows of hostile cells, any separator and mixed line ends. */
const csvText = fc
  .record({
    header: fc.array(headerName, { maxLength: 14 }),
    rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }),
    separator: fc.constantFrom(',', ';', '\t', '|'),
    ends: fc.array(fc.constantFrom('\r\n', '\n', '\r', '\r\r\n', '\n\r'), { minLength: 1, maxLength: 8 }),
  })
  .map(({ header, rows, separator, ends }) =>
    [header, ...rows].map((cells, i) => cells.join(separator) + ends[i % ends.length]!).join(''),
  );

/** A file that gets past the reader: the required columns, unique emails, hostile text in every other cell. */
const nearlyValidCsv = fc
  .record({
    columns: fc.shuffledSubarray(
      PERSON_FIELDS.filter((f) => f !== 'email' && f !== 'name'),
      { maxLength: 9 },
    ),
    rows: fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
    salt: fc.nat(),
    separator: fc.constantFrom(',', ';'),
  })
  .map(({ columns, rows, salt, separator }) => {
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const header = ['email', 'name', ...columns].join(separator);
    const lines = rows.map(([name, ...others], i) =>
      [`near${salt}.${i}@upload.example`, name!, ...columns.map((_c, j) => others[j]!)]
        .map(quote)
        .join(separator),
    );
    return [header, ...lines].join('\r\n');
  });

/** The file as bytes: maybe behind a byte-order mark, maybe with bytes no UTF-8 allows spliced in. */
const csvFile = fc
  .record({
    text: csvText,
    bom: fc.constantFrom(...BOMS),
    splices: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BAD_BYTES)), { maxLength: 3 }),
  })
  .map(({ text, bom, splices }) => {
    let bytes = utf8(text);
    for (const [at, bad] of splices) {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      bytes = concat(bytes.slice(0, i), bad, bytes.slice(i));
    }
    return concat(bom, bytes);
  });

const query = fc
  .tuple(fc.boolean(), fc.constantFrom('true', 'false', 'yes', '', '\u0000'))
  .map(([dryRun, markLeavers]) => `?dryRun=${dryRun}&markLeavers=${encodeURIComponent(markLeavers)}`);

describe('POST /api/people/import with hostile files', () => {
  it(
    'answers generated spreadsheets with a report or a documented 4xx and never a partial write',
    async () => {
      await fc.assert(
        fc.asyncProperty(csvFile, query, async (file, q) => {
          const problem = await uploadProblem(file, q);
          if (problem) throw new Error(problem);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'imports or refuses nearly valid files with hostile cells, never half-way',
    async () => {
      await fc.assert(
        fc.asyncProperty(nearlyValidCsv, fc.boolean(), async (file, dryRun) => {
          const problem = await uploadProblem(file, `?dryRun=${dryRun}&markLeavers=false`);
          if (problem) throw new Error(problem);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers random bytes with a report',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4_096 }), async (bytes) => {
          const problem = await uploadProblem(bytes);
          if (problem) throw new Error(problem);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  const longLine = `email,name\r\n${'x'.repeat(5 * 1024 * 1024)},Long\r\n`;
  const manyColumns = `${Array.from({ length: 50_000 }, (_, i) => `c${i}`).join(',')}\nemail@upload.example`;
  const manyRows = `email,name\n${Array.from({ length: 20_000 }, (_, i) => `"row${i}@upload.example","R${i}"`).join('\n')}`;
  const files: readonly (readonly [string, string | Uint8Array])[] = [
    ['an empty file', ''],
    ['a header only', 'email,name'],
    ['only line ends', '\r\n\n\r\r\n'],
    ['a 5 MB line', longLine],
    ['50,000 columns', manyColumns],
    ['one quote opened and never closed', `email,name\n"a@upload.example,A\n${'b,c\n'.repeat(10_000)}`],
    ['NUL bytes everywhere', concat(utf8('email,name\n'), new Uint8Array(10_000))],
    [
      'UTF-16 LE with its byte-order mark',
      new Uint8Array(Buffer.from('\uFEFFemail,name\r\na@upload.example,A', 'utf16le')),
    ],
    ['formulas in every cell', `email,name,title\n${FORMULAS.map((f) => `${f},${f},${f}`).join('\n')}`],
    ['CR, LF and CRLF mixed', 'email,name\ra@upload.example,A\nb@upload.example,B\r\nc@upload.example,C'],
    ['a row with 10,000 values', `email,name\na@upload.example,${'A,'.repeat(10_000)}`],
    ['quoted fields spanning every line', `"email\n","name\r"\n"a@upload.example\r\n","A"`],
    // The biggest well-formed file under the limit must be answered too: a report, in reasonable time.
    ['20,000 rows read in full', manyRows],
  ];

  it.each(files)('answers %s with a report, not a 500', async (_name, file) => {
    expect(await uploadProblem(file, '?dryRun=true')).toBeUndefined();
  });
});

describe('POST /api/people/import with well-formed files holding hostile text', () => {
  it('imports formula-like cells as plain text', async () => {
    const file = 'email,name,title\r\nformula@upload.example,=1+1,"=HYPERLINK(""http://x.example"")"\r\n';
    const response = await upload(file, '?dryRun=false&markLeavers=false');
    expect(response.statusCode, response.body).toBe(200);
    const [row] = await t.database.db.select().from(people).where(eq(people.email, 'formula@upload.example'));
    expect(row).toMatchObject({ name: '=1+1', title: '=HYPERLINK("http://x.example")' });
  });

  it('refuses a NUL character in any cell with a report and writes nothing', async () => {
    for (const file of [
      'email,name\r\nnul@upload.example,Nul\u0000Name\r\n',
      'email,name,department\r\nnul@upload.example,Nul,\u0000\r\n',
      'email,name\r\none@upload.example,One\u0000\r\n',
    ]) {
      expect(await uploadProblem(file, '?dryRun=false&markLeavers=false')).toBeUndefined();
      const response = await upload(file, '?dryRun=false&markLeavers=false');
      expect(response.statusCode, response.body).toBe(400);
    }
  });
});

describe('POST /api/people/import over the size limit', () => {
  /** A body of `total` bytes, produced only as it is read; `pulled` says how much was. */
  function lazyBody(total: number) {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const state = { pulled: 0 };
    const stream = new Readable({
      read() {
        if (state.pulled >= total) {
          this.push(null);
          return;
        }
        const size = Math.min(chunk.length, total - state.pulled);
        state.pulled += size;
        this.push(chunk.subarray(0, size));
      },
    });
    return { stream, state };
  }

  it('refuses a declared Content-Length over the limit with 413 before reading the body', async () => {
    const before = await peopleSnapshot();
    const total = IMPORT_BODY_LIMIT + 10 * 1024 * 1024;
    const { stream, state } = lazyBody(total);
    const response = await admin.inject({
      method: 'POST',
      url: '/api/people/import',
      headers: { 'content-type': 'text/csv', 'content-length': String(total) },
      payload: stream,
    });
    expect(response.statusCode).toBe(413);
    expect(answerProblem(response)).toBeUndefined();
    expect(response.json().error.code).toBe('payload_too_large');
    expect(state.pulled).toBeLessThan(IMPORT_BODY_LIMIT / 4);
    expect(await peopleSnapshot()).toBe(before);
  });

  it('refuses a body without a length once it passes the limit, with 413', async () => {
    const before = await peopleSnapshot();
    const { stream, state } = lazyBody(IMPORT_BODY_LIMIT + 5 * 1024 * 1024);
    const response = await admin.inject({
      method: 'POST',
      url: '/api/people/import',
      headers: { 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
      payload: stream,
    });
    expect(response.statusCode).toBe(413);
    expect(answerProblem(response)).toBeUndefined();
    expect(state.pulled).toBeGreaterThan(IMPORT_BODY_LIMIT);
    expect(await peopleSnapshot()).toBe(before);
  });

  it('refuses a JSON route body over its 1 MB limit with 413 in the error shape', async () => {
    const response = await admin.inject({
      method: 'POST',
      url: '/api/people',
      headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
      payload: lazyBody(50 * 1024 * 1024).stream,
    });
    expect(response.statusCode).toBe(413);
    expect(answerProblem(response)).toBeUndefined();
  });
});

describe('POST /api/unsubscribe with hostile forms', () => {
  const form = fc.oneof(
    fc.uint8Array({ maxLength: 512 }),
    fc
      .array(
        fc.tuple(
          fc.string({ unit: 'binary', maxLength: 20 }),
          fc.constantFrom('true', 'false', '', '%ZZ', '\u0000'),
        ),
      )
      .map((pairs) => utf8(pairs.map(([k, v]) => `${k}=${v}`).join('&'))),
    fc.constantFrom(utf8('List-Unsubscribe=One-Click'), utf8('%'), utf8('a=%E0%A4%A'), utf8('&&&==&')),
  );
  const token = fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.constant('x'.repeat(600)));

  it(
    'answers any form body and token with a documented status, never a 500',
    async () => {
      await fc.assert(
        fc.asyncProperty(form, token, async (body, tokenValue) => {
          const response = await t.app.inject({
            method: 'POST',
            url: `/api/unsubscribe?token=${encodeURIComponent(tokenValue)}`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: Buffer.from(body),
          });
          const problem = answerProblem(response);
          if (problem) throw new Error(problem);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('refuses a form over 1 MB with 413 in the error shape', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/unsubscribe?token=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `a=${'b'.repeat(1024 * 1024 + 1)}`,
    });
    expect(response.statusCode).toBe(413);
    expect(answerProblem(response)).toBeUndefined();
  });
});
