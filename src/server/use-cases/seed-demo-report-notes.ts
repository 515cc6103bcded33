import { quoteCandidates } from '#core/impact/report-quotes';
import type { Db } from '#store/database';
import { demoPrograms } from '#store/demo/demo-programs';
import { listProgramResponsesForQuotes, saveProgramReportNotes } from '#store/program-reports-store';
import { listProgramSummaries } from '#store/programs-store';

const CLOSED_PILOT = 'reverse-mentoring-pilot-2025';

/** What HR wrote about the pilot once it closed: plain, specific, and honest about what to change. */
export const DEMO_TAKEAWAYS = [
  'The pilot did what we hoped: senior leaders and early-career colleagues met regularly, and both sides say they learned something they use at work. Most pairs want to keep meeting now the program has ended.',
  'Mentees (our executives) rate their confidence with digital tools clearly higher than at kickoff, and several changed how their teams work: a simpler onboarding checklist and junior reviews of customer-facing changes are two examples.',
  'What to change next time: pairs that booked their first meeting at kickoff kept going; pairs that left it to diaries slipped. For the next cohort we will book the first three meetings for every pair on day one, and offer a short list of topics for each meeting.',
].join('\n\n');

/**
 * The closed pilot's report notes (issue 8), so its impact report is complete in the demo: HR's key
 * takeaways and three quotes, a mentor's and a mentee's first among the answers whose authors agreed
 * to be quoted. Recorded as HR's, by the HR program manager's account.
 */
export async function seedDemoReportNotes(
  db: Db,
  orgId: string,
  hrAccountId: string | null,
  now: Date,
): Promise<void> {
  const name = demoPrograms.find((p) => p.key === CLOSED_PILOT)?.name;
  const program = (await listProgramSummaries(db, orgId)).find((p) => p.name === name);
  if (!program) return;
  // One quote per text: demo respondents share a few texts, real ones would not.
  const all = quoteCandidates(await listProgramResponsesForQuotes(db, orgId, program.id));
  const candidates = all.filter((c, i) => all.findIndex((o) => o.text === c.text) === i);
  const first = (side: 'mentor' | 'mentee') => candidates.find((c) => c.side === side);
  const picked = [first('mentee'), first('mentor')].filter((c) => c !== undefined);
  const more = candidates.find((c) => !picked.includes(c));
  const quotes = [...picked, ...(more ? [more] : [])].slice(0, 3);
  await saveProgramReportNotes(db, {
    orgId,
    programId: program.id,
    takeaways: DEMO_TAKEAWAYS,
    quotes: quotes.map(({ responseId, questionId }) => ({ responseId, questionId })),
    accountId: hrAccountId,
    now,
  });
}
