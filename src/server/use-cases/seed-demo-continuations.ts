import type { Db } from '#store/database';
import { demoPrograms } from '#store/demo/demo-programs';
import { saveContinuation } from '#store/pair-continuations-store';
import { listClosingPairs } from '#store/program-closing-store';
import { listProgramSummaries } from '#store/programs-store';

const DAY_MS = 86_400_000;

/**
 * Answers to "Will you keep meeting informally?" in the demo's closed pilot (issue 8), so HR's pairs
 * list shows each outcome: in turn, a pair where both said yes, one where someone said no, one where
 * only one has answered yet, and one where neither has. Pairs are taken by mentor name, so the same
 * pairs get the same answers on every seed.
 */
export async function seedDemoContinuations(db: Db, orgId: string): Promise<void> {
  const demo = demoPrograms.find((p) => p.key === 'reverse-mentoring-pilot-2025')!;
  const summary = (await listProgramSummaries(db, orgId)).find((s) => s.name === demo.name)!;
  const pairs = (await listClosingPairs(db, orgId, summary.id)).sort((a, b) =>
    a.mentor.name.localeCompare(b.mentor.name),
  );
  const closedOn = new Date(`${demo.endDate}T09:00:00Z`).getTime();
  for (const [index, pair] of pairs.entries()) {
    const turns: (readonly [string, boolean])[][] = [
      [
        [pair.mentor.personId, true],
        [pair.mentee.personId, true],
      ],
      [
        [pair.mentor.personId, true],
        [pair.mentee.personId, false],
      ],
      [[pair.mentee.personId, true]],
      [],
    ];
    const answers = turns[index % 4]!;
    for (const [offset, [personId, continues]] of answers.entries())
      await saveContinuation(db, {
        orgId,
        pairId: pair.pairId,
        personId,
        continues,
        answeredAt: new Date(closedOn + (2 + index + offset) * DAY_MS),
      });
  }
}
