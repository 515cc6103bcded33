import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { concernRaisedEmail } from '#server/mail/concern-emails';
import { type ConcernView, concernNotFound, listMyConcerns } from '#server/use-cases/list-my-concerns';
import { recordAudit } from '#store/audit-store';
import {
  getConcern,
  insertConcernMessage,
  programManagerContacts,
  setConcernStatus,
} from '#store/concerns-store';
import type { Db } from '#store/database';
import { getPair } from '#store/pairs-store';
import { getProgramRow } from '#store/programs-store';

/**
 * The person who raised a concern writes again: only on their own concern (anyone else's is not
 * found). A resolved concern opens again, and HR is told there is something new, without the words.
 */
export async function addConcernMessage(
  deps: AppDeps,
  caller: Caller,
  concernId: string,
  input: { readonly body: string },
): Promise<Result<ConcernView>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const concern = await getConcern(db, caller.orgId, concernId);
    if (!concern || !caller.personId || concern.raisedByPersonId !== caller.personId)
      return concernNotFound();
    await insertConcernMessage(db, {
      orgId: caller.orgId,
      concernId,
      fromHr: false,
      authorAccountId: caller.accountId,
      body: input.body.trim(),
    });
    await setConcernStatus(db, caller.orgId, concernId, 'open', deps.now());
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'concern.message_added',
      target: concernId,
      detail: { reopened: concern.status === 'resolved' },
    });
    const program = await getProgramRow(db, caller.orgId, concern.programId);
    const pair = await getPair(db, caller.orgId, concern.pairId);
    const inPair = pair ? [pair.mentorPersonId, pair.menteePersonId] : [];
    for (const hr of await programManagerContacts(db, caller.orgId, inPair)) {
      await deps.mailer.send(
        db,
        concernRaisedEmail({
          orgId: caller.orgId,
          orgName: caller.org.name,
          to: hr.email,
          name: hr.name,
          programName: program?.name ?? 'a program',
          publicUrl: deps.env.publicUrl,
          followUp: true,
        }),
      );
    }
    const [view] = await listMyConcerns(db, caller, [concernId]);
    return ok(view!);
  });
}
