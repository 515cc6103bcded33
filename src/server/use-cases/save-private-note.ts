import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { encryptNote } from '#server/crypto/note-cipher';
import { loadMeetingToChange } from '#server/use-cases/describe-meetings';
import type { Db } from '#store/database';
import { deleteOwnNote, upsertOwnNote } from '#store/meetings-store';

/**
 * A person's own note on a meeting of their pair (past or ahead, to prepare), encrypted before it
 * reaches the database and bound to the meeting and its author. Empty text deletes it. The text is
 * never logged or audited.
 */
export async function savePrivateNote(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
  input: { text: string },
): Promise<Result<{ myPrivateNote: string | null }>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadMeetingToChange(db, caller, pairId, meetingId);
    if (!loaded.ok) return loaded;
    const authorPersonId = loaded.value.own.personId;
    const text = input.text.trim();
    if (text === '') {
      await deleteOwnNote(db, caller.orgId, meetingId, authorPersonId);
      return ok({ myPrivateNote: null });
    }
    const context = { orgId: caller.orgId, meetingId, authorPersonId };
    const ciphertext = encryptNote(deps.keys.notes, context, text);
    await upsertOwnNote(db, { ...context, ciphertext }, deps.now());
    return ok({ myPrivateNote: text });
  });
}
