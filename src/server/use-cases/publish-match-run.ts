import { safeExplanation } from '#core/pairing/safe-explanation';
import { readRun } from '#core/pairing/run-figures';
import { todayIn } from '#core/programs/calendar-dates';
import { programSettingsSchema } from '#core/programs/program-settings';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programPageUrl } from '#server/mail/enrollment-emails';
import { introductionEmail, waitlistEmail } from '#server/mail/pairing-emails';
import { runNotFound } from '#server/use-cases/describe-match-run';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { updateEnrollment } from '#store/enrollments-store';
import { discardOtherDrafts, getMatchRun, runPeople, updateMatchRun } from '#store/match-runs-store';
import { countActivePairs, insertPairs, pairsOfPeople } from '#store/pairs-store';
import { getProgramRow } from '#store/programs-store';

/**
 * Publishes a draft run: its pairs become active, both people get an introduction (partner, why —
 * never sensitive attributes —, kickoff, first topic, what to prepare), unmatched approved people
 * are wait-listed with a kind message, wait-listed people who got a partner are approved, and the
 * program's other draft runs are discarded.
 */
export async function publishMatchRun(
  deps: AppDeps,
  caller: Caller,
  runId: string,
): Promise<Result<{ pairsCreated: number; waitlisted: number }>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const run = await getMatchRun(db, caller.orgId, runId);
    if (!run) return runNotFound();
    if (run.status !== 'draft') return fail([issue('conflict', `This run is already ${run.status}.`)]);
    const program = (await getProgramRow(db, caller.orgId, run.programId))!;
    const fits =
      run.kind === 'initial' ? program.phase === 'matching' : ['active', 'midpoint'].includes(program.phase);
    if (!fits) return fail([issue('conflict', 'The program has moved on since this run; start a new run.')]);
    const read = readRun(run);
    if (!read.ok) return fail([issue('internal', 'This run could not be read.')]);
    const { cohort, proposal } = read.value;
    const ids = cohort.participants.map((p) => p.id);
    if (run.kind === 'initial' && (await countActivePairs(db, caller.orgId, program.id)) > 0) {
      return fail([issue('conflict', 'This program already has pairs; use a re-match.')]);
    }
    const taken = (await pairsOfPeople(db, caller.orgId, ids)).filter(
      (p) => p.programId === program.id && p.status !== 'ended',
    );
    if (taken.length > 0)
      return fail([issue('conflict', 'Some people of this run have been paired since; start a new run.')]);

    const now = deps.now();
    await insertPairs(
      db,
      proposal.map((p) => ({
        orgId: caller.orgId,
        programId: program.id,
        mentorPersonId: p.mentorId,
        menteePersonId: p.menteeId,
        score: Math.round(p.score),
        explanation: safeExplanation(p.explanation),
        contributions: [...p.contributions],
        matchRunId: run.id,
        startedAt: now,
      })),
    );
    const people = new Map((await runPeople(db, caller.orgId, program.id, ids)).map((r) => [r.id, r]));
    const settings = programSettingsSchema.parse(program.settings);
    const today = todayIn(now);
    const base = (id: string) => {
      const person = people.get(id)!;
      return {
        orgId: caller.orgId,
        orgName: caller.org.name,
        to: person.email,
        name: person.name,
        programName: program.name,
        programUrl: programPageUrl(deps.env.publicUrl, program.id),
      };
    };
    const wants = (id: string) =>
      cohort.participants.find((p) => p.id === id)?.skillsWanted.map((s) => s.skill) ?? [];
    for (const pair of proposal) {
      for (const [me, other, role] of [
        [pair.mentorId, pair.menteeId, 'mentor'],
        [pair.menteeId, pair.mentorId, 'mentee'],
      ] as const) {
        const partner = people.get(other)!;
        await deps.mailer.send(
          db,
          introductionEmail({
            ...base(me),
            role,
            partner: {
              name: partner.name,
              title: partner.title,
              department: partner.department,
              email: partner.email,
            },
            why: safeExplanation(pair.explanation),
            kickoff: program.startDate > today ? program.startDate : today,
            firstTopic: settings.topicPlan[0]?.title ?? null,
            wantToLearn: wants(me),
          }),
        );
      }
    }
    const paired = new Set(proposal.flatMap((p) => [p.mentorId, p.menteeId]));
    let waitlisted = 0;
    for (const person of people.values()) {
      if (!person.enrollmentId) continue;
      if (paired.has(person.id) && person.enrollmentStatus === 'waitlisted') {
        await updateEnrollment(db, caller.orgId, person.enrollmentId, { status: 'approved' });
      } else if (!paired.has(person.id) && person.enrollmentStatus === 'approved') {
        await updateEnrollment(db, caller.orgId, person.enrollmentId, { status: 'waitlisted' });
        await deps.mailer.send(db, waitlistEmail(base(person.id)));
        waitlisted++;
      }
    }
    await discardOtherDrafts(db, caller.orgId, program.id, run.id);
    await updateMatchRun(db, caller.orgId, run.id, { status: 'published', publishedAt: now });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'match_run.published',
      target: program.name,
      detail: { programId: program.id, runId: run.id, pairsCreated: proposal.length, waitlisted },
    });
    return ok({ pairsCreated: proposal.length, waitlisted });
  });
}
