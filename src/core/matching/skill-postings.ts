import type { SkillLists } from './compiled-cohort';

/**
 * An inverted index over skills on one side of the cohort: for each skill id, the people listing it
 * and their level, in compressed rows. `accumulate` adds the skill affinity of one person on the
 * other side to everyone in the postings of their skills, so candidates are found without an n × m scan.
 */
export type SkillPostings = {
  readonly start: Int32Array;
  readonly person: Int32Array;
  readonly level: Uint8Array;
};

/** A very common skill is scanned through a window that turns with the person: bounded work each. */
const POSTING_WINDOW = 200;

export function skillPostings(lists: SkillLists, skills: number): SkillPostings {
  const start = new Int32Array(skills + 1);
  for (let k = 0; k < lists.id.length; k++) start[lists.id[k]! + 1]!++;
  for (let s = 0; s < skills; s++) start[s + 1] = start[s + 1]! + start[s]!;
  const fill = start.slice(0, skills);
  const person = new Int32Array(lists.id.length);
  const level = new Uint8Array(lists.id.length);
  const people = lists.start.length - 1;
  for (let p = 0; p < people; p++) {
    for (let k = lists.start[p]!; k < lists.start[p + 1]!; k++) {
      const at = fill[lists.id[k]!]!++;
      person[at] = p;
      level[at] = lists.level[k]!;
    }
  }
  return { start, person, level };
}

/** Number of distinct skill ids used by some lists (ids are dense from 0). */
export function skillCount(...lists: readonly SkillLists[]): number {
  let max = -1;
  for (const list of lists) for (let k = 0; k < list.id.length; k++) if (list.id[k]! > max) max = list.id[k]!;
  return max + 1;
}

/**
 * For each skill of person `p` in `own`, adds `weight × min(1, gap / 2)` to the affinity of every
 * posted person with a positive level gap (posted − own when the posted side teaches, else own −
 * posted). Newly touched people are appended to `touched`; returns the new touched count.
 */
export function accumulate(
  postings: SkillPostings,
  own: SkillLists,
  p: number,
  postedTeaches: boolean,
  weight: number,
  affinity: Float64Array,
  touched: Int32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  for (let k = own.start[p]!; k < own.start[p + 1]!; k++) {
    const skill = own.id[k]!;
    const level = own.level[k]!;
    const from = postings.start[skill]!;
    const length = postings.start[skill + 1]! - from;
    const scan = Math.min(length, POSTING_WINDOW);
    const offset = length > POSTING_WINDOW ? (p * 7919) % length : 0;
    for (let s = 0; s < scan; s++) {
      const at = from + (offset + s < length ? offset + s : offset + s - length);
      const gap = postedTeaches ? postings.level[at]! - level : level - postings.level[at]!;
      if (gap <= 0) continue;
      const other = postings.person[at]!;
      if (affinity[other] === 0) touched[count++] = other;
      affinity[other] = affinity[other]! + weight * Math.min(1, gap / 2);
    }
  }
  return count;
}
