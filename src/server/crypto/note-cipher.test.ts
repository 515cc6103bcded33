import { describe, expect, it } from 'vitest';
import { deriveKeys } from '#server/crypto/keys';
import { decryptNote, encryptNote } from '#server/crypto/note-cipher';

const key = deriveKeys('one master secret for the note tests, long enough').notes;
const otherKey = deriveKeys('another master secret for the note tests, long too').notes;
const context = { orgId: 'org-1', meetingId: 'meeting-1', authorPersonId: 'person-1' };
const TEXT = 'She seemed unsure about the roadmap — ask again next time. ✓';

describe('private note encryption', () => {
  it('round-trips a note under its key and context', () => {
    const stored = encryptNote(key, context, TEXT);
    expect(decryptNote(key, context, stored)).toBe(TEXT);
    expect(decryptNote(key, context, encryptNote(key, context, ''))).toBe('');
  });

  it('keeps the text out of the stored form', () => {
    const stored = encryptNote(key, context, TEXT);
    expect(stored).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored).not.toContain('roadmap');
    expect(Buffer.from(stored.split('.')[3]!, 'base64url').toString('utf8')).not.toContain('roadmap');
  });

  it('uses a fresh nonce for every write', () => {
    const a = encryptNote(key, context, TEXT);
    const b = encryptNote(key, context, TEXT);
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
  });

  it('does not decrypt under another key', () => {
    expect(decryptNote(otherKey, context, encryptNote(key, context, TEXT))).toBeUndefined();
    expect(deriveKeys('one master secret for the note tests, long enough').calendarFeeds).not.toEqual(key);
  });

  it('does not decrypt in another context: organisation, meeting or author', () => {
    const stored = encryptNote(key, context, TEXT);
    expect(decryptNote(key, { ...context, orgId: 'org-2' }, stored)).toBeUndefined();
    expect(decryptNote(key, { ...context, meetingId: 'meeting-2' }, stored)).toBeUndefined();
    expect(decryptNote(key, { ...context, authorPersonId: 'person-2' }, stored)).toBeUndefined();
  });

  it('refuses tampered or malformed ciphertext', () => {
    const stored = encryptNote(key, context, TEXT);
    const [version, nonce, tag, body] = stored.split('.') as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64url');
    };
    for (const damaged of [
      [version, nonce, tag, flip(body)],
      [version, nonce, flip(tag), body],
      [version, flip(nonce), tag, body],
      ['v2', nonce, tag, body],
      [version, nonce, tag],
      [version, nonce, '', body],
    ]) {
      expect(decryptNote(key, context, damaged.join('.'))).toBeUndefined();
    }
    expect(decryptNote(key, context, '')).toBeUndefined();
    expect(decryptNote(key, context, 'not a note at all')).toBeUndefined();
  });
});
