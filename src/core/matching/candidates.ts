import type { CompiledCohort } from './compiled-cohort';
import type { PairContext, PairGraph } from './pair-graph';
import { scorePair } from './pair-graph';
import { COARSE_BUCKETS, selectTop, selectTopCoarse } from './select-top';
import { accumulate, skillCount, skillPostings } from './skill-postings';

/**
 * Candidate graph for large cohorts, without an n × m scan, generated from both sides: an inverted
 * index over skills shortlists, for each mentee, the mentors with most to exchange (either way);
 * the shortlist is fully scored (hard rules included) and the K best kept. Then the same from each
 * open mentor's side (their K best mentees, reusing scores already computed), and the two lists are
 * unioned. People with too few skill matches are topped up from a deterministic spread of the other
 * side, so every open place and every mentee has a chance.
 */
export type CandidateOptions = { readonly perMentee: number; readonly shortlistFactor: number };

type Side = {
  /**
   * Shortlisted partners and their scores (NaN = forbidden or below the minimum), `width` per person
   * when the side keeps them (`keepShortlists`), else only the last person's.
   */
  readonly partner: Int32Array;
  readonly score: Float64Array;
  readonly count: Int32Array;
  /** The K best partners kept, `k` per person. */
  readonly kept: Int32Array;
  readonly keptScore: Float64Array;
  readonly keptCount: Int32Array;
};

export function candidatePairGraph(
  ctx: PairContext,
  compiled: CompiledCohort,
  rowMentee: Int32Array,
  mentorOpen: Uint8Array,
  options: CandidateOptions,
): PairGraph {
  const rows = rowMentee.length;
  const k = options.perMentee;
  const shortlist = Math.max(k, Math.round(k * options.shortlistFactor));
  // Never shortlist more than a quarter of the other side: beyond that, scoring every pair is the answer.
  const widthFor = (others: number): number => Math.max(k, Math.min(shortlist, Math.ceil(others / 4)));
  const { mentors, mentees } = compiled;
  const skills = skillCount(mentors.offers, mentors.wants, mentees.offers, mentees.wants);
  const excludedByRule = new Int32Array(ctx.rules.length);
  const rowOfMentee = new Int32Array(mentees.count).fill(-1);
  rowMentee.forEach((e, row) => {
    rowOfMentee[e] = row;
  });
  const openMentors = Int32Array.from(mentorOpen.keys()).filter((m) => mentorOpen[m] === 1);

  // Each mentee (row) ranks open mentors by skill affinity, then scores the shortlist.
  const offered = skillPostings(mentors.offers, skills);
  const wanted = skillPostings(mentors.wants, skills);
  const menteeSide = shortlistSide({
    people: rows,
    others: mentors.count,
    width: widthFor(openMentors.length),
    k,
    spread: openMentors,
    eligible: mentorOpen,
    touch: (row, affinity, touched) => {
      const e = rowMentee[row]!;
      const n = accumulate(offered, mentees.wants, e, true, 0.6, affinity, touched, 0);
      return accumulate(wanted, mentees.offers, e, false, 0.4, affinity, touched, n);
    },
    score: (row, m) => scorePair(ctx, m, rowMentee[row]!, excludedByRule),
    keepShortlists: true,
  });
  let pairsEvaluated = sumOf(menteeSide.count);

  // Each open mentor ranks mentees the same way; pairs the mentees scored already are not rescored.
  const known = transpose(menteeSide, rows, mentors.count);
  const learners = skillPostings(mentees.wants, skills);
  const teachers = skillPostings(mentees.offers, skills);
  const stamp = new Int32Array(rows).fill(-1);
  const knownScore = new Float64Array(rows);
  const mentorSide = shortlistSide({
    people: mentors.count,
    others: mentees.count,
    width: widthFor(rows),
    k,
    spread: rowMentee,
    eligible: Uint8Array.from(rowOfMentee, (row) => (row >= 0 ? 1 : 0)),
    touch: (m, affinity, touched) => {
      if (mentorOpen[m] === 0) return -1;
      for (let j = known.start[m]!; j < known.start[m + 1]!; j++) {
        stamp[known.row[j]!] = m;
        knownScore[known.row[j]!] = known.score[j]!;
      }
      const n = accumulate(learners, mentors.offers, m, false, 0.6, affinity, touched, 0);
      return accumulate(teachers, mentors.wants, m, true, 0.4, affinity, touched, n);
    },
    score: (m, e) => {
      const row = rowOfMentee[e]!;
      if (stamp[row] === m) return knownScore[row]!;
      pairsEvaluated++;
      return scorePair(ctx, m, e, excludedByRule);
    },
    keepShortlists: false,
  });
  return {
    problem: unionCsr(rows, mentors.count, menteeSide, mentorSide, rowOfMentee),
    rowMentee,
    pairsEvaluated,
    excludedByRule,
  };
}

type SideSpec = {
  readonly people: number;
  readonly others: number;
  /** Shortlist length and partners kept per person. */
  readonly width: number;
  readonly k: number;
  /** Partners to top a short list up from, picked by a spread that depends only on the person. */
  readonly spread: Int32Array;
  readonly eligible: Uint8Array;
  /** Adds skill affinity to the others (appending newly touched ones); returns their count, -1 to skip. */
  readonly touch: (p: number, affinity: Float64Array, touched: Int32Array) => number;
  /** The pair's score, NaN when forbidden. */
  readonly score: (p: number, other: number) => number;
  readonly keepShortlists: boolean;
};

function shortlistSide(spec: SideSpec): Side {
  const { people, others, width, k, spread, eligible } = spec;
  const side: Side = {
    partner: new Int32Array(spec.keepShortlists ? people * width : width),
    score: new Float64Array(spec.keepShortlists ? people * width : width),
    count: new Int32Array(people),
    kept: new Int32Array(people * k),
    keptScore: new Float64Array(people * k),
    keptCount: new Int32Array(people),
  };
  const affinity = new Float64Array(others);
  const touched = new Int32Array(others);
  const mark = new Int32Array(others).fill(-1);
  const value = new Float64Array(Math.max(others, width));
  const scratch = new Float64Array(value.length);
  const at = new Int32Array(value.length);
  const positions = new Int32Array(value.length);
  const histogram = new Int32Array(COARSE_BUCKETS);
  for (let p = 0; p < people; p++) {
    const n = spec.touch(p, affinity, touched);
    if (n < 0) continue;
    let eligibleCount = 0;
    for (let t = 0; t < n; t++) {
      const o = touched[t]!;
      if (eligible[o] === 1) {
        touched[eligibleCount] = o;
        value[eligibleCount++] = affinity[o]!;
      }
      affinity[o] = 0;
    }
    const shortlisted = selectTopCoarse(value, eligibleCount, width, histogram, positions);
    const base = spec.keepShortlists ? p * width : 0;
    let count = 0;
    for (let s = 0; s < shortlisted; s++) {
      const o = touched[positions[s]!]!;
      mark[o] = p;
      side.partner[base + count] = o;
      side.score[base + count++] = spec.score(p, o);
    }
    const missing = width - count;
    for (let t = 0; t < missing && spread.length > 0; t++) {
      const o = spread[(p * 7919 + t * 104729) % spread.length]!;
      if (mark[o] === p) continue;
      mark[o] = p;
      side.partner[base + count] = o;
      side.score[base + count++] = spec.score(p, o);
    }
    side.count[p] = count;
    // Keep the K best allowed pairs.
    let allowed = 0;
    for (let j = 0; j < count; j++) {
      const v = side.score[base + j]!;
      if (Number.isNaN(v)) continue;
      at[allowed] = j;
      value[allowed++] = v;
    }
    const kept = selectTop(value, allowed, k, scratch, positions);
    for (let s = 0; s < kept; s++) {
      const j = at[positions[s]!]!;
      side.kept[p * k + s] = side.partner[base + j]!;
      side.keptScore[p * k + s] = side.score[base + j]!;
    }
    side.keptCount[p] = kept;
  }
  return side;
}

function sumOf(values: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/** The mentee side's scored pairs grouped by mentor: rows and scores in compressed rows. */
function transpose(side: Side, rows: number, mentors: number) {
  const width = side.partner.length / Math.max(1, rows);
  const start = new Int32Array(mentors + 1);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < side.count[r]!; j++) start[side.partner[r * width + j]! + 1]!++;
  }
  for (let m = 0; m < mentors; m++) start[m + 1] = start[m + 1]! + start[m]!;
  const fill = start.slice(0, mentors);
  const row = new Int32Array(start[mentors]!);
  const score = new Float64Array(start[mentors]!);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < side.count[r]!; j++) {
      const at = fill[side.partner[r * width + j]!]!++;
      row[at] = r;
      score[at] = side.score[r * width + j]!;
    }
  }
  return { start, row, score };
}

/** Union of both sides' kept pairs as one CSR problem (rows = mentees with a row, cols = mentors). */
function unionCsr(
  rows: number,
  cols: number,
  menteeSide: Side,
  mentorSide: Side,
  rowOfMentee: Int32Array,
): PairGraph['problem'] {
  const k = menteeSide.kept.length / Math.max(1, rows);
  const km = mentorSide.kept.length / Math.max(1, cols);
  // The mentor side's pairs grouped by row.
  const extraStart = new Int32Array(rows + 1);
  for (let m = 0; m < cols; m++) {
    for (let j = 0; j < mentorSide.keptCount[m]!; j++)
      extraStart[rowOfMentee[mentorSide.kept[m * km + j]!]! + 1]!++;
  }
  for (let r = 0; r < rows; r++) extraStart[r + 1] = extraStart[r + 1]! + extraStart[r]!;
  const fill = extraStart.slice(0, rows);
  const extraCol = new Int32Array(extraStart[rows]!);
  const extraScore = new Float64Array(extraStart[rows]!);
  for (let m = 0; m < cols; m++) {
    for (let j = 0; j < mentorSide.keptCount[m]!; j++) {
      const at = fill[rowOfMentee[mentorSide.kept[m * km + j]!]!]!++;
      extraCol[at] = m;
      extraScore[at] = mentorSide.keptScore[m * km + j]!;
    }
  }
  const total = sumOf(menteeSide.keptCount) + extraStart[rows]!;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(total);
  const scores = new Float64Array(total);
  const mark = new Int32Array(cols).fill(-1);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = at;
    for (let j = 0; j < menteeSide.keptCount[r]!; j++) {
      const m = menteeSide.kept[r * k + j]!;
      mark[m] = r;
      colIndex[at] = m;
      scores[at++] = menteeSide.keptScore[r * k + j]!;
    }
    for (let j = extraStart[r]!; j < extraStart[r + 1]!; j++) {
      if (mark[extraCol[j]!] === r) continue;
      colIndex[at] = extraCol[j]!;
      scores[at++] = extraScore[j]!;
    }
  }
  rowStart[rows] = at;
  return {
    format: 'sparse',
    rows,
    cols,
    rowStart,
    colIndex: colIndex.subarray(0, at),
    scores: scores.subarray(0, at),
  };
}
