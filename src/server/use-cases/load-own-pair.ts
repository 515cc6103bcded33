import { ok, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';
import { pairNotFound } from '#server/use-cases/end-pair';
import type { Db } from '#store/database';
import { getPairWithProgram, type PairRow } from '#store/pairs-store';
import type { ProgramRow } from '#store/programs-store';

export type OwnPair = {
  readonly pair: PairRow;
  readonly program: ProgramRow;
  /** The caller's side of the pair. */
  readonly role: 'mentor' | 'mentee';
  readonly personId: string;
  readonly partnerPersonId: string;
};

/**
 * The one gate into a pair's workspace: the caller must be its mentor or mentee. Anyone else (HR,
 * sponsors and admins included) gets the same "not found" as for a pair that does not exist, so the
 * workspace neither leaks nor confirms what is in it. Ended pairs stay readable to the two people.
 */
export async function loadOwnPair(db: Db, caller: Caller, pairId: string): Promise<Result<OwnPair>> {
  if (!caller.personId) return pairNotFound();
  return ownPairOf(caller, await getPairWithProgram(db, caller.orgId, pairId));
}

/** The same gate over a pair and program already read (with whatever else the statement brought). */
export function ownPairOf(
  caller: Caller,
  found: { pair: PairRow; program: ProgramRow } | undefined,
): Result<OwnPair> {
  const personId = caller.personId;
  if (!personId || !found) return pairNotFound();
  const { pair, program } = found;
  if (pair.mentorPersonId !== personId && pair.menteePersonId !== personId) return pairNotFound();
  const role = pair.mentorPersonId === personId ? 'mentor' : 'mentee';
  return ok({
    pair,
    program,
    role,
    personId,
    partnerPersonId: role === 'mentor' ? pair.menteePersonId : pair.mentorPersonId,
  });
}

/** For writes: an ended pair's workspace is read-only. */
export function isWritable(own: OwnPair): boolean {
  return own.pair.status !== 'ended';
}
