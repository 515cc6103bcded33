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
  prepare: ({ displayName }) => ({
    score: (mentor, mentee) => {
      if (mentor.languages.size === 0 || mentee.languages.size === 0) return Number.NaN;
      for (const language of mentor.languages) if (mentee.languages.has(language)) return 1;
      return 0;
    },
    explain: (mentor, mentee) => {
      if (mentor.languages.size === 0 || mentee.languages.size === 0) return undefined;
      const languages = shared(mentor, mentee).map(displayName);
      return languages.length > 0 ? `both speak ${languages.join(', ')}` : 'no language in common';
    },
  }),
};
