import { z } from 'zod';
import { completedProgram, type OwnPair, pairsThatLasted } from '#core/impact/certificate-eligibility';
import type { Phase } from '#core/programs/program-phase';
import type { JobDefinition } from '#jobs/job-definition';
import { closingThanksEmail } from '#server/mail/closing-emails';
import { sendOnce } from '#server/mail/send-once';
import { getChoicesByPerson } from '#store/notification-settings-store';
import { getOrganisation } from '#store/organisations-store';
import { type ClosingPair, type ClosingPerson, listClosingPairs } from '#store/program-closing-store';
import { getProgramRow } from '#store/programs-store';

/**
 * The thank-you emails when HR closes a program (issue 8, "Celebration and continuation"), queued by
 * `transitionProgram` with `{ orgId, programId }`. Each person who completed the program — the
 * certificate's rule, #core/impact/certificate-eligibility — gets one email: the meetings they held,
 * the link to their certificate and the continuation question for each pair that lasted. Every email
 * goes through `sendOnce` (`closing-thanks:<programId>:<personId>`), so a retry, a second run or a
 * program reopened and closed again sends nobody a second one. A refused email does not stop the
 * others; the run then fails so that it is retried for what is left.
 */
const payload = z.object({ orgId: z.string().min(1), programId: z.string().min(1) });

export const closingThanksKey = (programId: string, personId: string) =>
  `closing-thanks:${programId}:${personId}`;

type PersonPairs = { person: ClosingPerson; pairs: (OwnPair & { partner: ClosingPerson; held: number })[] };

/** The program's pairs, gathered per person, each with its side and partner. */
function byPerson(pairs: readonly ClosingPair[]): PersonPairs[] {
  const people = new Map<string, PersonPairs>();
  for (const pair of pairs) {
    for (const [side, me, partner] of [
      ['mentor', pair.mentor, pair.mentee],
      ['mentee', pair.mentee, pair.mentor],
    ] as const) {
      const entry = people.get(me.personId) ?? { person: me, pairs: [] };
      entry.pairs.push({
        pairId: pair.pairId,
        side,
        endedAt: pair.endedAt,
        partner,
        held: pair.meetingsHeld,
      });
      people.set(me.personId, entry);
    }
  }
  return [...people.values()];
}

export const closingThanks: JobDefinition = {
  name: 'closing-thanks',
  run: async (deps, data) => {
    const { orgId, programId } = payload.parse(data);
    const { db } = deps.database;
    const [program, org] = await Promise.all([
      getProgramRow(db, orgId, programId),
      getOrganisation(db, orgId),
    ]);
    if (!program || !org) return;
    const facts = { phase: program.phase as Phase, endDate: program.endDate };
    if (facts.phase !== 'closed') return;
    const completed = byPerson(await listClosingPairs(db, orgId, programId)).filter((p) =>
      completedProgram(facts, p.pairs),
    );
    const accounts = await getChoicesByPerson(
      db,
      orgId,
      completed.map((p) => p.person.personId),
    );
    const { publicUrl } = deps.env;
    const refusals: unknown[] = [];
    for (const { person, pairs } of completed) {
      const message = closingThanksEmail({
        orgId,
        orgName: org.name,
        to: { name: person.name, email: person.email },
        programName: program.name,
        meetingsHeld: pairs.reduce((sum, p) => sum + p.held, 0),
        certificateUrl: `${publicUrl}/my/programs`,
        pairs: pairsThatLasted(facts, pairs).map((p) => ({
          partnerName: p.partner.name,
          continuationUrl: `${publicUrl}/my/pairs/${encodeURIComponent(p.pairId)}`,
        })),
        hasAccount: accounts.has(person.personId),
      });
      try {
        await sendOnce(
          deps,
          { key: closingThanksKey(programId, person.personId), kind: 'closingThanks' },
          message,
        );
      } catch (error) {
        refusals.push(error);
      }
    }
    if (refusals.length > 0)
      throw new Error(
        `The closing-thanks job could not send ${refusals.length} of its emails; it will be retried for those.`,
        { cause: refusals[0] },
      );
  },
};
