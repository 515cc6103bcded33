import { describe, expect, it } from 'vitest';
import { isUnstorableText, unstorableTextPath } from '#server/refuse-unstorable-text';

/** Finding text PostgreSQL cannot store anywhere in a parsed request: its path, even 100,000 levels deep. */
describe('unstorableTextPath', () => {
  it('finds a NUL character or a lone surrogate in a string or a key, with its path', () => {
    expect(unstorableTextPath({ a: [1, { b: 'x\u0000y' }] })).toEqual(['a', 1, 'b']);
    expect(unstorableTextPath({ a: { 'k\u0000': 1 } })).toEqual(['a', 'k\u0000']);
    expect(unstorableTextPath(['ok', '\uDFFF\uD800'])).toEqual([1]);
    expect(unstorableTextPath('\u0000')).toEqual([]);
  });

  it('accepts any well-formed Unicode, bytes and primitives', () => {
    for (const value of [
      undefined,
      null,
      0,
      true,
      '👩‍👩‍👧‍👦 𝕏 e\u0301 \u202E',
      { a: ['b', { c: 'd' }] },
      Buffer.from([0]),
    ]) {
      expect(unstorableTextPath(value)).toBeUndefined();
    }
  });

  it('tells paired surrogates from lone ones at either end', () => {
    expect(['\uD83D\uDE00', 'a\uD83D\uDE00b'].map(isUnstorableText)).toEqual([false, false]);
    expect(['\uD800', 'a\uD800', '\uDC00a', '\uDE00\uD83D', '\u0000'].map(isUnstorableText)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('walks 100,000 levels of nesting without recursion', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorableTextPath(deep)).toHaveLength(100_000);
  });
});
