import { readFile, writeFile } from 'node:fs/promises';
import { type Command, EXIT, exitWith } from '#cli/command';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { parseCohort } from '#core/matching/parse-cohort';
import { proposeMatches } from '#core/matching/propose-matches';
import { formatMatchSummary } from '#cli/format-match-summary';

export const matchCommand: Command = {
  name: 'match',
  summary: 'Propose mentoring pairs for a cohort file, with scores, explanations and reasons',
  help: `Usage: counterpart match --in COHORT.json [--out RESULT.json]

  --in FILE    the cohort: people, their answers, rules and weights
               (format: docs/matching.md, JSON Schema: docs/cohort.schema.json,
               example: docs/example-cohort.json)
  --out FILE   write the result there and print each pair and why, in words;
               without it the result JSON goes to stdout

The result holds the pairs (score 0–100, each criterion's contribution, a sentence
saying why), everyone left unmatched with the reason, quality figures, and any data
problems found (unknown managers, manager cycles, pins that could not be honoured).`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, matchCommand.help, EXIT.ok);
    const parsed = parseCliArgs(args, { in: { type: 'string' }, out: { type: 'string' } });
    if (!parsed.ok) return exitWith(io.err, `counterpart match: ${parsed.issues[0]?.message}`, EXIT.usage);
    const { in: input, out } = parsed.value.values;
    if (typeof input !== 'string')
      return exitWith(io.err, 'counterpart match: missing --in FILE (see --help)', EXIT.usage);
    let json: unknown;
    try {
      const text = await readFile(input, 'utf8');
      if (text.trim() === '') return exitWith(io.err, `counterpart match: ${input} is empty`, EXIT.failure);
      json = JSON.parse(text);
    } catch (error) {
      const reason =
        error instanceof SyntaxError
          ? `not valid JSON (${error.message})`
          : `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
      return exitWith(io.err, `counterpart match: ${input}: ${reason}`, EXIT.failure);
    }
    const cohort = parseCohort(json);
    if (!cohort.ok) {
      const [first, ...rest] = cohort.issues;
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
      const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
      return exitWith(io.err, `counterpart match: ${input}: ${where}${first?.message}${more}`, EXIT.failure);
    }
    const result = proposeMatches(cohort.value);
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (typeof out !== 'string') {
      io.out(text);
      return EXIT.ok;
    }
    try {
      await writeFile(out, text);
    } catch (error) {
      return exitWith(
        io.err,
        `counterpart match: cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
        EXIT.failure,
      );
    }
    io.out(formatMatchSummary(cohort.value, result, out));
    return EXIT.ok;
  },
};
