import { editRefusal, statusOnSubmit, volunteerSide } from '#core/programs/enrollment-rules';
import { checkAnswers, type SkillsAnswer } from '#core/programs/intake-answers';
import type { IntakeForm, Side } from '#core/programs/intake-form';
import { answersAreOpen } from '#core/programs/program-phase';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { applicationReceivedEmail, programPageUrl } from '#server/mail/enrollment-emails';
import { employeeRecordOf } from '#server/use-cases/employee-record-of';
import { type EnrollmentProgram, loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import { withdrawConsentFromStoredRuns } from '#store/consent-withdrawal-store';
import type { Db } from '#store/database';
import {
  type EnrollmentRecord,
  findEnrollmentOfPerson,
  insertEnrollment,
  recordConsent,
  updateEnrollment,
} from '#store/enrollments-store';
import { getPerson, type PersonView } from '#store/people-store';
import { addSkills } from '#store/skills-store';

export type SaveApplicationInput = {
  readonly programId: string;
  readonly side?: Side | undefined;
  readonly answers: Record<string, unknown>;
  readonly matchingConsent: boolean;
  readonly submit: boolean;
};

/**
 * Saves the caller's answers to a program's intake form, as a draft or submitted. Submitting checks
 * every answer and turns an invitation or nomination into an application; a first save by someone
 * not yet in the program is volunteering, allowed only in open sign-up, while recruiting, on a side
 * their level fits. Sensitive answers are stored apart; every change of matching consent is recorded;
 * skills typed in the answers join the organisation's skill list.
 *
 * Withdrawing matching consent is always possible and takes effect at once (issue 9): also once the
 * answers are closed (matching has started), when a save that turns consent off changes the consent
 * only and leaves the stored answers as they are. In the same transaction the program's stored match
 * runs lose the person's sensitive answers and the scores resting on them.
 */
export async function saveApplication(
  deps: AppDeps,
  caller: Caller,
  input: SaveApplicationInput,
): Promise<Result<{ submitted: boolean }>> {
  const personId = employeeRecordOf(caller);
  if (!personId.ok) return personId;
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadEnrollmentProgram(db, caller.orgId, input.programId);
    if (!loaded.ok) return loaded;
    const program = loaded.value;
    const person = await getPerson(db, caller.orgId, personId.value);
    if (!person) return fail([issue('not_found', 'Your employee record was not found.')]);
    const existing = await findEnrollmentOfPerson(db, caller.orgId, program.row.id, person.id);
    const side = existing ? checkExisting(existing, program, input) : checkVolunteer(program, person, input);
    if (!side.ok) {
      const closedOnly = side.issues.every((i) => i.code === 'conflict');
      if (!existing?.matchingConsent || input.matchingConsent || !closedOnly) return side;
      await updateEnrollment(db, caller.orgId, existing.id, { matchingConsent: false });
      await withdrawConsent(db, existing);
      return ok({ submitted: false });
    }

    const checked = checkAnswers(program.form, side.value, input.answers, { draft: !input.submit });
    if (!checked.ok) return checked;
    const before = existing?.status ?? 'invited';
    const status = input.submit ? statusOnSubmit(before) : before;
    const submittedNow = status === 'applied' && before !== 'applied';
    const now = deps.now();
    const fields = {
      ...checked.value,
      status,
      matchingConsent: input.matchingConsent,
      submittedAt: submittedNow ? now : (existing?.submittedAt ?? null),
    };
    let enrollmentId = existing?.id;
    if (enrollmentId) await updateEnrollment(db, caller.orgId, enrollmentId, fields);
    else {
      const created = await insertEnrollment(db, {
        orgId: caller.orgId,
        programId: program.row.id,
        personId: person.id,
        side: side.value,
        ...fields,
      });
      enrollmentId = created.id;
    }
    if (input.matchingConsent && !existing?.matchingConsent) {
      await recordConsent(db, { orgId: caller.orgId, enrollmentId, granted: true });
    } else if (!input.matchingConsent && existing?.matchingConsent) {
      await withdrawConsent(db, existing);
    }
    await addSkills(db, caller.orgId, skillNames(program.form, checked.value.answers));
    if (submittedNow) {
      await deps.mailer.send(
        db,
        applicationReceivedEmail({
          orgId: caller.orgId,
          orgName: caller.org.name,
          to: person.email,
          name: person.name,
          programName: program.row.name,
          programUrl: programPageUrl(deps.env.publicUrl, program.row.id),
          side: side.value,
        }),
      );
    }
    return ok({ submitted: submittedNow });
  });
}

/** Records the withdrawal and takes the person's sensitive answers out of the program's stored runs. */
async function withdrawConsent(db: Db, enrollment: EnrollmentRecord): Promise<void> {
  const { orgId, programId, personId } = enrollment;
  await recordConsent(db, { orgId, enrollmentId: enrollment.id, granted: false });
  await withdrawConsentFromStoredRuns(db, { orgId, programId, personId });
}

function checkExisting(
  enrollment: EnrollmentRecord,
  program: EnrollmentProgram,
  input: SaveApplicationInput,
): Result<Side> {
  const refusal = editRefusal(enrollment.status);
  if (refusal) return fail([issue('conflict', refusal)]);
  if (!answersAreOpen(program.row.phase)) {
    return fail([issue('conflict', 'Answers can no longer be changed: matching has started.')]);
  }
  if (input.side && input.side !== enrollment.side) {
    return fail([
      issue('side_fixed', `You take part in this program as a ${enrollment.side}; the side cannot change.`, [
        'side',
      ]),
    ]);
  }
  return ok(enrollment.side);
}

function checkVolunteer(
  program: EnrollmentProgram,
  person: PersonView,
  input: SaveApplicationInput,
): Result<Side> {
  const { row, settings } = program;
  if (settings.enrollmentMode !== 'open' || row.phase === 'draft') {
    return fail([issue('not_found', 'That program was not found.')]);
  }
  if (row.phase !== 'recruiting') {
    return fail([issue('conflict', `${row.name} is no longer taking sign-ups.`)]);
  }
  const side = volunteerSide({ phase: row.phase, settings }, person.level, input.side);
  if (!side) {
    const which = input.side ? `the ${input.side} side of ` : '';
    return fail([
      issue('not_eligible', `Your level does not fit ${which}${row.name}.`, input.side ? ['side'] : []),
    ]);
  }
  return ok(side);
}

function skillNames(form: IntakeForm, answers: Record<string, unknown>): string[] {
  return form
    .filter((q) => q.kind === 'skills' && answers[q.id] !== undefined)
    .flatMap((q) => {
      const answer = answers[q.id] as SkillsAnswer;
      return [...answer.canTeach, ...answer.wantToLearn].map((s) => s.skill);
    });
}
