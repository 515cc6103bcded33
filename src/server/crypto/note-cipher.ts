import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Private notes at rest: AES-256-GCM with a fresh 96-bit nonce per write. The note's context
 * (organisation, meeting, author) is authenticated data, so a ciphertext copied onto another
 * person's row does not decrypt. Stored as `v1.<nonce>.<tag>.<ciphertext>`, each base64url.
 */
export type NoteContext = {
  readonly orgId: string;
  readonly meetingId: string;
  readonly authorPersonId: string;
};

const VERSION = 'v1';

export function encryptNote(key: Buffer, context: NoteContext, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, nonce, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The plaintext, or undefined when the ciphertext is damaged, of another context, or another key. */
export function decryptNote(key: Buffer, context: NoteContext, stored: string): string | undefined {
  const [version, nonce, tag, body] = stored.split('.');
  if (version !== VERSION || nonce === undefined || tag === undefined || body === undefined) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAAD(aad(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}

const aad = (c: NoteContext) => Buffer.from(`${c.orgId}\n${c.meetingId}\n${c.authorPersonId}`, 'utf8');
