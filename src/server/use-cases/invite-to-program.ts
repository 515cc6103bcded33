import type { Side } from '#core/programs/intake-form';
import { answersAreOpen, PHASE_LABELS, type Phase } from '#core/programs/program-phase';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programInvitationEmail, programPageUrl } from '#server/mail/enrollment-emails';
import { loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import { participantSignUpLink } from '#server/use-cases/participant-sign-up-link';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { enrollmentsOfPeople, insertEnrollment } from '#store/enrollments-store';
import { getPerson } from '#store/people-store';
import type { ProgramRow } from '#store/programs-store';

export type InviteToProgramInput = {
  readonly programId: string;
  readonly personIds: readonly string[];
  readonly side: Side;
};
export type InviteToProgramOutcome = {
  invited: number;
  skipped: { personId: string; reason: string }[];
};

/**
 * Invites people to a program on one side (HR, single or bulk). People already in the program, who
 * have left, or who are unknown are skipped with a reason; everyone else gets an enrollment in state
 * `invited` and an email, with a sign-up link when they have no account yet. All or nothing.
 */
export async function inviteToProgram(
  deps: AppDeps,
  caller: Caller,
  input: InviteToProgramInput,
  ip: string,
): Promise<Result<InviteToProgramOutcome>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadEnrollmentProgram(db, caller.orgId, input.programId);
    if (!loaded.ok) return loaded;
    const program = loaded.value.row;
    const closed = invitationsClosed(program.phase);
    if (closed) return fail([closed]);
    const outcome = await invitePeople(deps, db, caller, program, input.personIds, input.side);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.people_invited',
      target: program.name,
      detail: {
        programId: program.id,
        side: input.side,
        invited: outcome.invited,
        skipped: outcome.skipped.length,
      },
      ip,
    });
    return ok(outcome);
  });
}

/** Why no invitation can be sent in this phase, or null while the program takes them. */
export function invitationsClosed(phase: Phase): Issue | null {
  return answersAreOpen(phase)
    ? null
    : issue(
        'conflict',
        `Invitations can be sent while a program is in Draft or Recruiting; this one is in ${PHASE_LABELS[phase]}.`,
      );
}

/**
 * The invitations themselves, inside the caller's transaction: an `invited` enrollment and an email
 * (with a sign-up link when needed) for each person not yet in the program who still works here; the
 * rest skipped with a reason. The caller checks the phase and records the audit event.
 */
export async function invitePeople(
  deps: AppDeps,
  db: Db,
  caller: Caller,
  program: ProgramRow,
  personIds: readonly string[],
  side: Side,
): Promise<InviteToProgramOutcome> {
  const unique = [...new Set(personIds)];
  const enrolled = new Map(
    (await enrollmentsOfPeople(db, caller.orgId, program.id, unique)).map((e) => [e.personId, e.status]),
  );
  const outcome: InviteToProgramOutcome = { invited: 0, skipped: [] };
  for (const personId of unique) {
    const person = await getPerson(db, caller.orgId, personId);
    const status = enrolled.get(personId);
    const reason = !person
      ? 'Not found in this organisation.'
      : person.employmentStatus === 'left'
        ? `${person.name} has left the organisation.`
        : status
          ? `${person.name} is already in this program (${status}).`
          : null;
    if (reason || !person) {
      outcome.skipped.push({ personId, reason: reason ?? 'Not found in this organisation.' });
      continue;
    }
    await insertEnrollment(db, {
      orgId: caller.orgId,
      programId: program.id,
      personId,
      side,
      status: 'invited',
    });
    const signUpUrl = await participantSignUpLink(deps, db, {
      orgId: caller.orgId,
      createdBy: caller.accountId,
      person,
    });
    await deps.mailer.send(
      db,
      programInvitationEmail({
        orgId: caller.orgId,
        orgName: caller.org.name,
        to: person.email,
        name: person.name,
        programName: program.name,
        programUrl: programPageUrl(deps.env.publicUrl, program.id),
        signUpUrl,
        inviterName: caller.name,
        side,
      }),
    );
    outcome.invited += 1;
  }
  return outcome;
}
