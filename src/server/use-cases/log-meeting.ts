import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { describeMeetingAmong, loadMeetingToChange, type Meeting } from '#server/use-cases/describe-meetings';
import type { Db } from '#store/database';
import { writeMeetingLog } from '#store/meetings-store';

export type MeetingLogInput = {
  status: 'held' | 'missed';
  sharedNotes: string;
  taught: { mentor: readonly string[]; mentee: readonly string[] };
  pulse: number | null;
};

/**
 * Either side logs a meeting once it has started: whether it happened, shared notes and what each
 * side taught (names new to the organisation join its skill list). A later log replaces the shared
 * part; the pulse is the caller's own and lands in their column only.
 */
export async function logMeeting(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
  input: MeetingLogInput,
): Promise<Result<Meeting>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadMeetingToChange(db, caller, pairId, meetingId);
    if (!loaded.ok) return loaded;
    const { own, meeting } = loaded.value;
    if (meeting.status === 'cancelled') {
      return fail([issue('conflict', 'This meeting was cancelled, so there is nothing to log.')]);
    }
    const now = deps.now();
    if (meeting.startsAt.getTime() > now.getTime()) {
      return fail([issue('conflict', 'You can log a meeting once it has started.')]);
    }
    const taught = { mentor: skillNames(input.taught.mentor), mentee: skillNames(input.taught.mentee) };
    const log = {
      status: input.status,
      sharedNotes: input.sharedNotes.trim(),
      loggedByPersonId: own.personId,
      loggedAt: now,
      side: own.role,
      pulse: input.pulse,
      taught,
    };
    const written = await writeMeetingLog(db, caller.orgId, meetingId, log, {
      actorAccountId: caller.accountId,
      detail: { pairId, status: input.status },
    });
    // The log changes neither which meetings count nor their topics: the outlines read before place it.
    const pulse = own.role === 'mentor' ? { mentorPulse: log.pulse } : { menteePulse: log.pulse };
    const logged = {
      ...meeting,
      ...pulse,
      ...written,
      status: log.status,
      sharedNotes: log.sharedNotes,
      loggedAt: now,
    };
    return ok(describeMeetingAmong(deps, own, loaded.value.outlines, logged));
  });
}

/** Trimmed, inner spaces collapsed, empty ones dropped, the first spelling kept of case-insensitive twins. */
export function skillNames(names: readonly string[]): string[] {
  const unique = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name && !unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name);
  }
  return [...unique.values()];
}
