import type { CompiledSide } from '../compiled-cohort';
import type { Criterion } from '../criterion';
import type { PreparedPerson } from '../prepared-cohort';

/**
 * Different department, function, location, generation (each weighted per program) and background.
 * Background attributes count only when both people consented to their use in matching; the
 * explanation never names them.
 */
type Dimension = {
  readonly key: 'department' | 'function' | 'location' | 'generation';
  readonly noun: string;
};

const dimensions: readonly Dimension[] = [
  { key: 'department', noun: 'departments' },
  { key: 'function', noun: 'functions' },
  { key: 'location', noun: 'locations' },
  { key: 'generation', noun: 'generations' },
];

function listOf(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Share of background attributes both people gave that differ, or NaN when there is nothing to compare. */
function backgroundDifference(a: PreparedPerson, b: PreparedPerson): number {
  if (!a.background || !b.background) return Number.NaN;
  let shared = 0;
  let different = 0;
  for (const [key, value] of Object.entries(a.background)) {
    const other = b.background[key];
    if (other === undefined) continue;
    shared++;
    if (other.trim().toLowerCase() !== value.trim().toLowerCase()) different++;
  }
  return shared === 0 ? Number.NaN : different / shared;
}

/** backgroundDifference on the compiled lists of mentor m and mentee e. */
function compiledBackgroundDifference(
  a: CompiledSide['background'],
  m: number,
  b: CompiledSide['background'],
  e: number,
): number {
  let shared = 0;
  let different = 0;
  for (let i = a.start[m]!, iEnd = a.start[m + 1]!; i < iEnd; i++) {
    for (let j = b.start[e]!, jEnd = b.start[e + 1]!; j < jEnd; j++) {
      if (a.id[i] !== b.id[j]) continue;
      shared++;
      if (a.value[i] !== b.value[j]) different++;
      break;
    }
  }
  return shared === 0 ? Number.NaN : different / shared;
}

export const perspective: Criterion = {
  id: 'perspective',
  label: 'Different perspectives',
  defaultWeight: 20,
  compile: ({ prepared, mentors, mentees }) => {
    const weights = prepared.cohort.perspective;
    const columns = dimensions.map(({ key }) => ({ weight: weights[key], a: mentors[key], b: mentees[key] }));
    return (m, e) => {
      let sum = 0;
      let weight = 0;
      for (const { weight: w, a, b } of columns) {
        const x = a[m]!;
        const y = b[e]!;
        if (x < 0 || y < 0 || w === 0) continue;
        sum += w * (x === y ? 0 : 1);
        weight += w;
      }
      const background = compiledBackgroundDifference(mentors.background, m, mentees.background, e);
      if (!Number.isNaN(background) && weights.background > 0) {
        sum += weights.background * background;
        weight += weights.background;
      }
      return weight === 0 ? Number.NaN : sum / weight;
    };
  },
  explainer: () => {
    const differs = (mentor: PreparedPerson, mentee: PreparedPerson, key: Dimension['key']): boolean => {
      const a = mentor.normalised[key];
      const b = mentee.normalised[key];
      return a !== undefined && b !== undefined && a !== b;
    };
    return (mentor, mentee) => {
      const nouns = dimensions.filter(({ key }) => differs(mentor, mentee, key)).map((d) => d.noun);
      if (backgroundDifference(mentor, mentee) > 0) nouns.push('backgrounds (shared with consent)');
      return nouns.length > 0 ? `different ${listOf(nouns)}` : 'similar perspectives';
    };
  },
};
