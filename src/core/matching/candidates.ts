import { createBestK } from './best-k';
import type { PairContext, PairGraph } from './pair-graph';
import { scorePair } from './pair-graph';
import type { PreparedPerson } from './prepared-cohort';

/**
 * Candidate graph for large cohorts, without an n × m scan: an inverted index over skills finds, for
 * each mentee, the mentors with something to exchange (either way) and ranks them by skill affinity;
 * the best few times K of those are fully scored (hard rules included) and the K best kept. Mentees
 * with too few skill matches are topped up from a deterministic spread of other mentors, and mentors
 * nobody picked get their own best mentees added, so every open place has a chance.
 */
const POSTING_WINDOW = 600;

export type CandidateOptions = { readonly perMentee: number; readonly shortlistFactor: number };

type Posting = { readonly mentors: Int32Array; readonly levels: Int8Array };

function postings(
  people: readonly PreparedPerson[],
  pick: (p: PreparedPerson) => ReadonlyMap<string, number>,
) {
  const lists = new Map<string, { mentors: number[]; levels: number[] }>();
  people.forEach((person, index) => {
    for (const [skill, level] of pick(person)) {
      let list = lists.get(skill);
      if (!list) {
        list = { mentors: [], levels: [] };
        lists.set(skill, list);
      }
      list.mentors.push(index);
      list.levels.push(level);
    }
  });
  const out = new Map<string, Posting>();
  for (const [skill, list] of lists)
    out.set(skill, { mentors: Int32Array.from(list.mentors), levels: Int8Array.from(list.levels) });
  return out;
}

/** Adds affinity for every person in the postings of `from`'s skills who can teach (or learn) them. */
function accumulate(
  index: ReadonlyMap<string, Posting>,
  skills: ReadonlyMap<string, number>,
  teacherSide: boolean,
  weight: number,
  affinity: Float64Array,
  touched: number[],
  row: number,
): void {
  for (const [skill, level] of skills) {
    const posting = index.get(skill);
    if (!posting) continue;
    // A very common skill is scanned through a window that turns with the row: bounded work per
    // mentee, and popular mentors are spread over different mentees instead of all going to the first.
    const length = posting.mentors.length;
    const scan = Math.min(length, POSTING_WINDOW);
    const offset = length > POSTING_WINDOW ? (row * 7919) % length : 0;
    for (let s = 0; s < scan; s++) {
      const k = offset + s < length ? offset + s : offset + s - length;
      const gap = teacherSide ? posting.levels[k]! - level : level - posting.levels[k]!;
      if (gap <= 0) continue;
      const other = posting.mentors[k]!;
      if (affinity[other] === 0) touched.push(other);
      affinity[other] = affinity[other]! + weight * Math.min(1, gap / 2);
    }
  }
}

export function candidatePairGraph(
  ctx: PairContext,
  rowMentee: Int32Array,
  mentorOpen: Uint8Array,
  options: CandidateOptions,
): PairGraph {
  const { mentors, mentees } = ctx;
  const k = options.perMentee;
  const shortlist = Math.max(k, Math.round(k * options.shortlistFactor));
  const offered = postings(mentors, (p) => p.offers);
  const wanted = postings(mentors, (p) => p.wants);
  const affinity = new Float64Array(mentors.length);
  const touched: number[] = [];
  const ranked = createBestK(shortlist);
  const best = createBestK(k);
  const excludedByRule = new Int32Array(ctx.rules.length);
  const edges: number[][] = Array.from({ length: rowMentee.length }, () => []);
  const edgeScores: number[][] = Array.from({ length: rowMentee.length }, () => []);
  const picked = new Int32Array(mentors.length);
  const inShortlist = new Uint8Array(mentors.length);
  const openMentors: number[] = [];
  for (let m = 0; m < mentorOpen.length; m++) if (mentorOpen[m] === 1) openMentors.push(m);
  let pairsEvaluated = 0;
  const consider = (row: number, m: number): void => {
    pairsEvaluated++;
    const score = scorePair(ctx, m, rowMentee[row]!, excludedByRule);
    if (!Number.isNaN(score)) best.offer(m, score);
  };
  rowMentee.forEach((e, row) => {
    const mentee = mentees[e]!;
    touched.length = 0;
    accumulate(offered, mentee.wants, true, 0.6, affinity, touched, row);
    accumulate(wanted, mentee.offers, false, 0.4, affinity, touched, row);
    ranked.reset();
    for (const m of touched) {
      if (mentorOpen[m] === 1) ranked.offer(m, affinity[m]!);
      affinity[m] = 0;
    }
    best.reset();
    const shortlisted = ranked.items();
    for (const m of shortlisted) {
      inShortlist[m] = 1;
      consider(row, m);
    }
    // Top up from a spread of open mentors that depends only on the row, so results stay deterministic.
    const missing = shortlist - shortlisted.length;
    for (let t = 0; t < missing && openMentors.length > 0; t++) {
      const m = openMentors[(row * 7919 + t * 104729) % openMentors.length]!;
      if (inShortlist[m] === 1) continue;
      inShortlist[m] = 1;
      consider(row, m);
    }
    for (const m of shortlisted) inShortlist[m] = 0;
    for (let t = 0; t < missing && openMentors.length > 0; t++) {
      inShortlist[openMentors[(row * 7919 + t * 104729) % openMentors.length]!] = 0;
    }
    for (const [i, m] of best.items().entries()) {
      edges[row]!.push(m);
      edgeScores[row]!.push(best.values()[i]!);
      picked[m] = picked[m]! + 1;
    }
  });
  pairsEvaluated += coverUnpicked(ctx, rowMentee, mentorOpen, picked, edges, edgeScores, excludedByRule, k);
  return {
    problem: toCsr(rowMentee.length, mentors.length, edges, edgeScores),
    rowMentee,
    pairsEvaluated,
    excludedByRule,
  };
}

/** Mentors in nobody's list get edges to the mentees they fit best (found through the same index). */
function coverUnpicked(
  ctx: PairContext,
  rowMentee: Int32Array,
  mentorOpen: Uint8Array,
  picked: Int32Array,
  edges: number[][],
  edgeScores: number[][],
  excludedByRule: Int32Array,
  k: number,
): number {
  const rowOfMentee = new Int32Array(ctx.mentees.length).fill(-1);
  rowMentee.forEach((e, row) => {
    rowOfMentee[e] = row;
  });
  const learners = postings(ctx.mentees, (p) => p.wants);
  const teachers = postings(ctx.mentees, (p) => p.offers);
  const affinity = new Float64Array(ctx.mentees.length);
  const touched: number[] = [];
  const ranked = createBestK(k);
  let evaluated = 0;
  ctx.mentors.forEach((mentor, m) => {
    if (mentorOpen[m] === 0 || picked[m]! > 0) return;
    touched.length = 0;
    accumulate(learners, mentor.offers, false, 0.6, affinity, touched, m);
    accumulate(teachers, mentor.wants, true, 0.4, affinity, touched, m);
    ranked.reset();
    for (const e of touched) {
      if (rowOfMentee[e]! >= 0) ranked.offer(e, affinity[e]!);
      affinity[e] = 0;
    }
    for (const e of ranked.items()) {
      evaluated++;
      const score = scorePair(ctx, m, e, excludedByRule);
      if (Number.isNaN(score)) continue;
      edges[rowOfMentee[e]!]!.push(m);
      edgeScores[rowOfMentee[e]!]!.push(score);
    }
  });
  return evaluated;
}

function toCsr(rows: number, cols: number, edges: number[][], scores: number[][]): PairGraph['problem'] {
  let total = 0;
  for (const list of edges) total += list.length;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(total);
  const values = new Float64Array(total);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = at;
    edges[r]!.forEach((c, i) => {
      colIndex[at] = c;
      values[at++] = scores[r]![i]!;
    });
  }
  rowStart[rows] = at;
  return { format: 'sparse', rows, cols, rowStart, colIndex, scores: values };
}
