import type { Cohort } from '#core/matching/cohort-schema';
import type { MatchResult } from '#core/matching/match-result';

/** The result in words, for a person at a terminal: each pair and why, each unmatched person and why. */
export function formatMatchSummary(cohort: Cohort, result: MatchResult, outFile: string): string {
  const nameOf = new Map(cohort.participants.map((p) => [p.id, p.name ?? p.id]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const q = result.quality;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${plural(q.pairs, 'pair')}, ${result.unmatched.length} unmatched, average score ${q.averageScore} (lowest ${q.lowestScore}), ` +
      `${plural(result.dataProblems.length, 'data problem')} → ${outFile}`,
  ];
  if (result.pairs.length > 0) {
    lines.push('', 'Pairs (mentor → mentee, score out of 100):');
    for (const pair of result.pairs) {
      const pin = pair.pinned ? ' [pinned by HR]' : '';
      lines.push(
        `  ${name(pair.mentorId)} → ${name(pair.menteeId)}  ${pair.score}${pin}`,
        `      ${pair.explanation}`,
      );
    }
  }
  if (result.unmatched.length > 0) {
    lines.push('', 'Not matched:');
    for (const u of result.unmatched) lines.push(`  ${name(u.personId)} (${u.side}): ${u.message}`);
  }
  if (result.dataProblems.length > 0) {
    lines.push('', 'Data problems:');
    for (const p of result.dataProblems)
      lines.push(`  ${p.path.length ? `${p.path.join('.')}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}
