import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { concernRepliedEmail } from '#server/mail/concern-emails';
import { type HrConcernView, hrConcern } from '#server/use-cases/list-concerns';
import { concernNotFound } from '#server/use-cases/list-my-concerns';
import { recordAudit } from '#store/audit-store';
import { getConcern, insertConcernMessage, touchConcern } from '#store/concerns-store';
import type { Db } from '#store/database';
import { getPerson } from '#store/people-store';

/**
 * HR answers a concern. The person who raised it gets an email that there is a reply, with a link —
 * never the reply itself. A resolved concern stays resolved; the audit log keeps ids only.
 */
export async function replyToConcern(
  deps: AppDeps,
  caller: Caller,
  concernId: string,
  input: { readonly body: string },
): Promise<Result<HrConcernView>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await hrConcern(db, caller, concernId))) return concernNotFound();
    const concern = (await getConcern(db, caller.orgId, concernId))!;
    await insertConcernMessage(db, {
      orgId: caller.orgId,
      concernId,
      fromHr: true,
      authorAccountId: caller.accountId,
      body: input.body.trim(),
    });
    await touchConcern(db, caller.orgId, concernId, deps.now());
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'concern.replied',
      target: concernId,
    });
    const person = await getPerson(db, caller.orgId, concern.raisedByPersonId);
    if (person) {
      await deps.mailer.send(
        db,
        concernRepliedEmail({
          orgId: caller.orgId,
          orgName: caller.org.name,
          to: person.email,
          name: person.name,
          publicUrl: deps.env.publicUrl,
        }),
      );
    }
    return ok((await hrConcern(db, caller, concernId))!);
  });
}
