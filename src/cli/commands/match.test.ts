import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '#cli/command';
import { recordingIo } from '#tests/fixtures/cli-io';
import { matchCommand } from './match';

const dir = mkdtempSync(join(tmpdir(), 'counterpart-match-'));
const example = new URL('../../../docs/example-cohort.json', import.meta.url).pathname;

describe('counterpart match', () => {
  it('matches the example cohort and writes the result', async () => {
    const io = recordingIo();
    const out = join(dir, 'result.json');
    expect(await matchCommand.run(['--in', example, '--out', out], io)).toBe(EXIT.ok);
    expect(io.stdout[0]).toMatch(/^10 pairs, 1 unmatched/);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.pairs.find((p: { menteeId: string }) => p.menteeId === 'cfo').mentorId).toBe('dev-amara');
  });

  it('prints the result on stdout without --out', async () => {
    const io = recordingIo();
    expect(await matchCommand.run(['--in', example], io)).toBe(EXIT.ok);
    expect(JSON.parse(io.stdout.join('')).quality.pairs).toBe(10);
  });

  it.each([
    ['empty.json', '', 'is empty'],
    ['broken.json', '{"program": ', 'not valid JSON'],
    ['invalid.json', '{"program": {"name": "x"}, "participants": [{"id": "a"}]}', 'participants.0.'],
    [
      'unknown.json',
      JSON.stringify({
        ...JSON.parse(readFileSync(example, 'utf8')),
        pins: [{ mentorId: 'dev-amara', menteeId: 'ghost' }],
      }),
      'pins.0.menteeId: unknown participant id ghost',
    ],
  ])('fails with one clear line on %s', async (name, text, message) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const io = recordingIo();
    expect(await matchCommand.run(['--in', path], io)).toBe(EXIT.failure);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(message);
  });

  it('explains usage problems and prints help', async () => {
    const io = recordingIo();
    expect(await matchCommand.run(['--bogus'], io)).toBe(EXIT.usage);
    expect(await matchCommand.run([], io)).toBe(EXIT.usage);
    expect(await matchCommand.run(['--help'], io)).toBe(EXIT.ok);
    expect(io.stdout.join('')).toContain('Usage: counterpart match --in COHORT.json');
  });
});

describe('counterpart match summary', () => {
  it('names each pair with its reason and each unmatched person with theirs', async () => {
    const io = recordingIo();
    const file = join(mkdtempSync(join(tmpdir(), 'cp-match-')), 'result.json');
    expect(await matchCommand.run(['--in', example, '--out', file], io)).toBe(EXIT.ok);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/→ .*\(CFO\)\s+\d+(\.\d+)?\n\s+both want to learn from each other: blockchain/);
    expect(text).toContain('Not matched:');
    expect(text).toContain('[pinned by HR]');
  });
});
