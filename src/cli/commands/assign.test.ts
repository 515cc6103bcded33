import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '#cli/command';
import { recordingIo } from '#tests/fixtures/cli-io';
import { assignCommand } from './assign';

const dir = mkdtempSync(join(tmpdir(), 'counterpart-assign-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('counterpart assign', () => {
  it('prints the pairs (most pairs first, then the total) as JSON', async () => {
    const io = recordingIo();
    const code = await assignCommand.run(['--matrix', file('ok.csv', '10,1\n1,\n')], io);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(io.stdout.join(''))).toEqual({
      pairs: [
        [0, 1],
        [1, 0],
      ],
      total: 2,
    });
  });

  it.each([
    ['ragged.csv', '1,2\n3\n', 'line 2 has 1 cells'],
    ['word.csv', '1,abc\n', 'line 1, column 2: "abc" is not a finite number'],
    ['negative.csv', '-1\n', 'is negative'],
    ['empty.csv', '', 'empty'],
  ])('fails with one clear line on %s', async (name, text, message) => {
    const io = recordingIo();
    expect(await assignCommand.run(['--matrix', file(name, text)], io)).toBe(EXIT.failure);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(message);
    expect(io.stderr[0]).not.toMatch(/\n\s+at /);
  });

  it('explains usage problems and prints help', async () => {
    const io = recordingIo();
    expect(await assignCommand.run([], io)).toBe(EXIT.usage);
    expect(await assignCommand.run(['--matrix', join(dir, 'missing.csv')], io)).toBe(EXIT.failure);
    expect(io.stderr.join('\n')).toContain('cannot read');
    expect(await assignCommand.run(['--help'], io)).toBe(EXIT.ok);
    expect(io.stdout.join('')).toContain('Usage: counterpart assign --matrix SCORES.csv');
  });
});
