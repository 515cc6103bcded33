import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docsJson, exampleCohortInput } from '#tests/fixtures/example-cohort';
import { cohortJsonSchema } from './cohort-json-schema';
import { parseCohort } from './parse-cohort';

describe('parseCohort', () => {
  it('accepts the example cohort and fills defaults', () => {
    const parsed = parseCohort(exampleCohortInput());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.participants[0]?.meetingModes).toEqual(['video', 'in-person']);
  });

  it('reports schema problems with their path', () => {
    const input = exampleCohortInput();
    (input.participants[2] as Record<string, unknown>).timeZone = 'Mars/Olympus';
    (input.participants[3] as Record<string, unknown>).level = 'high';
    const parsed = parseCohort(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path)).toEqual([
        ['participants', 2, 'timeZone'],
        ['participants', 3, 'level'],
      ]);
    }
  });

  it('reports unknown ids, wrong sides and duplicates', () => {
    const input = exampleCohortInput();
    input.pins = [{ mentorId: 'cfo', menteeId: 'nobody' }];
    input.participants.push({ ...input.participants[0]! });
    const parsed = parseCohort(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.code)).toEqual(['duplicate-id', 'wrong-side', 'unknown-id']);
      expect(parsed.issues[2]?.path).toEqual(['pins', 0, 'menteeId']);
    }
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseCohort(value).ok).toBe(false);
      }),
    );
  });
});

describe('docs/cohort.schema.json', () => {
  it('is the JSON Schema generated from the Zod schema (regenerate: see docs/matching.md)', () => {
    expect(docsJson('cohort.schema.json')).toEqual(cohortJsonSchema());
  });
});
