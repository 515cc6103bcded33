import { alumniBySide } from '#core/programs/alumni';
import type { Side } from '#core/programs/intake-form';
import { fail, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { findAlumni } from '#server/use-cases/find-alumni';
import { invitationsClosed, invitePeople } from '#server/use-cases/invite-to-program';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';

export type InviteAlumniOutcome = {
  invited: number;
  bySide: Record<Side, number>;
  skipped: { personId: string; reason: string }[];
};

/**
 * Invites a new cohort's alumni (see findAlumni), each on the side they took before, through the
 * program's usual invitations (an `invited` enrollment and an email). Running it again invites no one
 * twice: whoever was invited is now in the program, so no longer an alumnus to invite. One audit event.
 */
export async function inviteAlumni(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  ip: string,
): Promise<Result<InviteAlumniOutcome>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const found = await findAlumni(db, caller.orgId, programId);
    if (!found.ok) return found;
    const { program, alumni } = found.value;
    const closed = invitationsClosed(program.phase);
    if (closed) return fail([closed]);
    const outcome: InviteAlumniOutcome = { invited: 0, bySide: { mentor: 0, mentee: 0 }, skipped: [] };
    for (const side of ['mentor', 'mentee'] as const) {
      const ids = alumni.filter((a) => a.side === side).map((a) => a.personId);
      if (ids.length === 0) continue;
      const sent = await invitePeople(deps, db, caller, program, ids, side);
      outcome.invited += sent.invited;
      outcome.bySide[side] = sent.invited;
      outcome.skipped.push(...sent.skipped);
    }
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.alumni_invited',
      target: program.name,
      detail: {
        programId: program.id,
        invited: outcome.invited,
        mentors: outcome.bySide.mentor,
        mentees: outcome.bySide.mentee,
        earlierCohorts: found.value.earlierCohorts.length,
        found: alumniBySide(alumni),
      },
      ip,
    });
    return ok(outcome);
  });
}
