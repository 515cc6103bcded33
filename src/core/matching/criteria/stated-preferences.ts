import type { Criterion } from '../criterion';
import type { PreparedPerson } from '../prepared-cohort';

/**
 * "Would like" and "please not" requests. Neutral pairs drop out; a request raises or lowers the pair.
 * (With the program's honourPleaseNot rule on, "please not" is also a hard rule.)
 */
function requests(mentor: PreparedPerson, mentee: PreparedPerson) {
  return {
    liked: Number(mentor.wouldLike.has(mentee.id)) + Number(mentee.wouldLike.has(mentor.id)),
    declined: mentor.pleaseNot.has(mentee.id) || mentee.pleaseNot.has(mentor.id),
  };
}

export const statedPreferences: Criterion = {
  id: 'preferences',
  label: 'Stated preferences',
  defaultWeight: 15,
  prepare: () => ({
    score: (mentor, mentee) => {
      const { liked, declined } = requests(mentor, mentee);
      if (declined) return 0;
      return liked === 2 ? 1 : liked === 1 ? 0.8 : Number.NaN;
    },
    explain: (mentor, mentee) => {
      const { liked, declined } = requests(mentor, mentee);
      if (declined) return 'one of them asked not to be paired with the other';
      if (liked === 2) return 'both asked for each other';
      if (liked === 1)
        return mentee.wouldLike.has(mentor.id)
          ? 'the mentee asked for this mentor'
          : 'the mentor asked for this mentee';
      return undefined;
    },
  }),
};
