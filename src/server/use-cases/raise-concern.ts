import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { concernRaisedEmail } from '#server/mail/concern-emails';
import { type ConcernView, listMyConcerns } from '#server/use-cases/list-my-concerns';
import { loadOwnPair } from '#server/use-cases/load-own-pair';
import { recordAudit } from '#store/audit-store';
import { insertConcern, insertConcernMessage, programManagerContacts } from '#store/concerns-store';
import type { Db } from '#store/database';

export type ConcernInput = { readonly subject: string; readonly body: string };

/**
 * A participant raises a confidential concern about their active or paused pair. HR (every program
 * manager) is told by email that there is one — with the program's name only, never its subject, its
 * words or who raised it. The partner is never told. The audit log keeps ids only.
 */
export async function raiseConcern(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: ConcernInput,
): Promise<Result<ConcernView>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const own = await loadOwnPair(db, caller, pairId);
    if (!own.ok) return fail(own.issues);
    const { pair, program, personId } = own.value;
    if (pair.status === 'ended') {
      return fail([
        issue(
          'conflict',
          'This pair has ended, so a concern can no longer be raised here. Contact HR directly.',
        ),
      ]);
    }
    const concern = await insertConcern(db, {
      orgId: caller.orgId,
      programId: program.id,
      pairId: pair.id,
      raisedByPersonId: personId,
      subject: input.subject.trim(),
    });
    await insertConcernMessage(db, {
      orgId: caller.orgId,
      concernId: concern.id,
      fromHr: false,
      authorAccountId: caller.accountId,
      body: input.body.trim(),
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'concern.raised',
      target: concern.id,
      detail: { programId: program.id },
    });
    for (const hr of await programManagerContacts(db, caller.orgId, [
      pair.mentorPersonId,
      pair.menteePersonId,
    ])) {
      await deps.mailer.send(
        db,
        concernRaisedEmail({
          orgId: caller.orgId,
          orgName: caller.org.name,
          to: hr.email,
          name: hr.name,
          programName: program.name,
          publicUrl: deps.env.publicUrl,
          followUp: false,
        }),
      );
    }
    const [view] = await listMyConcerns(db, caller, [concern.id]);
    return ok(view!);
  });
}
