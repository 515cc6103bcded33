import { fail, issue, ok, type Result } from '#core/result';
import { type DenseScores, denseScores } from './assignment-problem';

const NUMBER = /^\+?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A score matrix from CSV text: one row per mentee, one column per mentor place, no header; each cell
 * a non-negative finite number or empty (forbidden). Ragged rows, non-numbers, negative or non-finite
 * values and empty input come back as one issue naming the line and column (1-based).
 */
export function parseScoreCsv(text: string): Result<DenseScores> {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) return fail([issue('empty', 'the matrix is empty: expected one line per row')]);
  const cols = lines[0]!.split(',').length;
  const scores = new Float64Array(lines.length * cols);
  for (let r = 0; r < lines.length; r++) {
    const cells = lines[r]!.split(',');
    if (cells.length !== cols) {
      return fail([issue('ragged', `line ${r + 1} has ${cells.length} cells, line 1 has ${cols}`, [r + 1])]);
    }
    for (let c = 0; c < cols; c++) {
      const cell = cells[c]!.trim();
      if (cell === '') {
        scores[r * cols + c] = Number.NaN;
        continue;
      }
      const where = `line ${r + 1}, column ${c + 1}`;
      if (cell.startsWith('-') && NUMBER.test(cell.slice(1))) {
        return fail([
          issue('negative', `${where}: ${cell} is negative; scores must be 0 or more`, [r + 1, c + 1]),
        ]);
      }
      const value = NUMBER.test(cell) ? Number(cell) : Number.NaN;
      if (!Number.isFinite(value)) {
        return fail([issue('not-a-number', `${where}: "${cell}" is not a finite number`, [r + 1, c + 1])]);
      }
      scores[r * cols + c] = value;
    }
  }
  return ok(denseScores(lines.length, cols, scores));
}
