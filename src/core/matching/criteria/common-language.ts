import type { Criterion } from '../criterion';
import type { PreparedPerson } from '../prepared-cohort';

function shared(mentor: PreparedPerson, mentee: PreparedPerson): string[] {
  return [...mentor.languages].filter((language) => mentee.languages.has(language));
}

/** A language in common; drops out when either person listed none. */
export const commonLanguage: Criterion = {
  id: 'language',
  label: 'Common language',
  defaultWeight: 10,
  compile: ({ mentors, mentees }) => {
    const a = mentors.languages;
    const b = mentees.languages;
    return (m, e) => {
      const aEnd = a.start[m + 1]!;
      const bStart = b.start[e]!;
      const bEnd = b.start[e + 1]!;
      if (a.start[m] === aEnd || bStart === bEnd) return Number.NaN;
      for (let i = a.start[m]!; i < aEnd; i++) {
        for (let j = bStart; j < bEnd; j++) if (a.id[i] === b.id[j]) return 1;
      }
      return 0;
    };
  },
  explainer:
    ({ displayName }) =>
    (mentor, mentee) => {
      if (mentor.languages.size === 0 || mentee.languages.size === 0) return undefined;
      const languages = shared(mentor, mentee).map(displayName);
      return languages.length > 0 ? `both speak ${languages.join(', ')}` : 'no language in common';
    },
};
