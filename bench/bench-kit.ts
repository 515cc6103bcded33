/**
 * What the database benchmarks share: a throwaway PostgreSQL database beside TEST_DATABASE_URL's,
 * migrated and dropped afterwards, and the Markdown table they print for docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '#store/database';

/** Runs `use` on a new, migrated PostgreSQL database next to the one `url` names (with its URL), then drops it. */
export async function withScratchPostgres(
  url: string,
  use: (database: Database, databaseUrl: string) => Promise<void>,
) {
  const name = `cp_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const opened = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    try {
      await opened.value.migrate();
      await use(opened.value, target.toString());
    } finally {
      await opened.value.close();
    }
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}

/** A Markdown table with padded columns. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
