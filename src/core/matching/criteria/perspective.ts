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

export const perspective: Criterion = {
  id: 'perspective',
  label: 'Different perspectives',
  defaultWeight: 20,
  prepare: ({ cohort }) => {
    const weights = cohort.perspective;
    const differs = (mentor: PreparedPerson, mentee: PreparedPerson, key: Dimension['key']): number => {
      const a = mentor.normalised[key];
      const b = mentee.normalised[key];
      if (a === undefined || b === undefined) return Number.NaN;
      return a === b ? 0 : 1;
    };
    return {
      score: (mentor, mentee) => {
        let sum = 0;
        let weight = 0;
        for (const { key } of dimensions) {
          const d = differs(mentor, mentee, key);
          if (Number.isNaN(d) || weights[key] === 0) continue;
          sum += weights[key] * d;
          weight += weights[key];
        }
        const background = backgroundDifference(mentor, mentee);
        if (!Number.isNaN(background) && weights.background > 0) {
          sum += weights.background * background;
          weight += weights.background;
        }
        return weight === 0 ? Number.NaN : sum / weight;
      },
      explain: (mentor, mentee) => {
        const nouns = dimensions.filter(({ key }) => differs(mentor, mentee, key) === 1).map((d) => d.noun);
        if (backgroundDifference(mentor, mentee) > 0) nouns.push('backgrounds (shared with consent)');
        return nouns.length > 0 ? `different ${listOf(nouns)}` : 'similar perspectives';
      },
    };
  },
};
