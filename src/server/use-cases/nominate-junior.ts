import { fitsSide } from '#core/programs/enrollment-rules';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { nominationEmail, programPageUrl } from '#server/mail/enrollment-emails';
import { loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import { participantSignUpLink } from '#server/use-cases/participant-sign-up-link';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { findEnrollmentOfPerson, insertEnrollment } from '#store/enrollments-store';
import { getPerson } from '#store/people-store';

export type NominateJuniorInput = {
  readonly programId: string;
  readonly personId: string;
  readonly note: string;
};

/**
 * An ERG lead nominates a junior colleague as a mentor, with a note. Only programs that take
 * nominations (enrollment mode `nominated`) and are recruiting accept one; the nominee's level must
 * fit the mentor side. The nominee is emailed, naming the ERG lead and quoting the note.
 */
export async function nominateJunior(
  deps: AppDeps,
  caller: Caller,
  input: NominateJuniorInput,
  ip: string,
): Promise<Result<{ enrollmentId: string }>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadEnrollmentProgram(db, caller.orgId, input.programId);
    if (!loaded.ok) return loaded;
    const { row: program, settings } = loaded.value;
    if (settings.enrollmentMode !== 'nominated' || program.phase !== 'recruiting') {
      return fail([issue('conflict', `${program.name} is not taking nominations.`)]);
    }
    const person = await getPerson(db, caller.orgId, input.personId);
    if (!person) return fail([issue('not_found', 'That person was not found.')]);
    if (person.employmentStatus === 'left') {
      return fail([issue('conflict', `${person.name} has left the organisation.`)]);
    }
    if (!fitsSide(settings, 'mentor', person.level)) {
      return fail([
        issue('not_eligible', `${person.name}'s level does not fit the mentor side of ${program.name}.`, [
          'personId',
        ]),
      ]);
    }
    const existing = await findEnrollmentOfPerson(db, caller.orgId, program.id, person.id);
    if (existing) {
      return fail([issue('conflict', `${person.name} is already in ${program.name} (${existing.status}).`)]);
    }
    const note = input.note.trim();
    const enrollment = await insertEnrollment(db, {
      orgId: caller.orgId,
      programId: program.id,
      personId: person.id,
      side: 'mentor',
      status: 'nominated',
      nominatedByAccountId: caller.accountId,
      nominationNote: note,
    });
    const signUpUrl = await participantSignUpLink(deps, db, {
      orgId: caller.orgId,
      createdBy: caller.accountId,
      person,
    });
    await deps.mailer.send(
      db,
      nominationEmail({
        orgId: caller.orgId,
        orgName: caller.org.name,
        to: person.email,
        name: person.name,
        programName: program.name,
        programUrl: programPageUrl(deps.env.publicUrl, program.id),
        signUpUrl,
        ergLeadName: caller.name,
        note,
      }),
    );
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.junior_nominated',
      target: person.name,
      detail: { programId: program.id, enrollmentId: enrollment.id },
      ip,
    });
    return ok({ enrollmentId: enrollment.id });
  });
}
