import { readFile } from 'node:fs/promises';
import { type Command, EXIT, exitWith } from '#cli/command';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { parseScoreCsv } from '#core/matching/parse-score-csv';
import { denseSolver } from '#core/matching/solve-dense';

export const assignCommand: Command = {
  name: 'assign',
  summary: 'Solve a raw score matrix (CSV) exactly: most pairs first, then the highest total',
  help: `Usage: counterpart assign --matrix SCORES.csv

The raw solver behind \`counterpart match\`, for comparison with other tools.

  --matrix FILE   CSV, no header: one row per mentee, one column per mentor place.
                  Each cell is a non-negative number (the score) or empty (forbidden).

Prints JSON on stdout: {"pairs": [[row, col], ...], "total": number}, 0-based indices,
maximising first the number of pairs, then the total score.`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, assignCommand.help, EXIT.ok);
    const parsed = parseCliArgs(args, { matrix: { type: 'string' } });
    if (!parsed.ok) return exitWith(io.err, `counterpart assign: ${parsed.issues[0]?.message}`, EXIT.usage);
    const path = parsed.value.values.matrix;
    if (typeof path !== 'string')
      return exitWith(io.err, 'counterpart assign: missing --matrix FILE (see --help)', EXIT.usage);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      return exitWith(
        io.err,
        `counterpart assign: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
        EXIT.failure,
      );
    }
    const matrix = parseScoreCsv(text);
    if (!matrix.ok)
      return exitWith(io.err, `counterpart assign: ${path}: ${matrix.issues[0]?.message}`, EXIT.failure);
    const result = denseSolver.solve(matrix.value, 'most-pairs');
    const pairs: [number, number][] = [];
    result.colOfRow.forEach((col, row) => {
      if (col >= 0) pairs.push([row, col]);
    });
    io.out(JSON.stringify({ pairs, total: result.total }));
    return EXIT.ok;
  },
};
