import { listHas } from '../compiled-cohort';
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
  compile:
    ({ mentors, mentees }) =>
    (m, e) => {
      if (listHas(mentors.pleaseNot, m, e) || listHas(mentees.pleaseNot, e, m)) return 0;
      const liked = Number(listHas(mentors.wouldLike, m, e)) + Number(listHas(mentees.wouldLike, e, m));
      return liked === 2 ? 1 : liked === 1 ? 0.8 : Number.NaN;
    },
  explainer: () => (mentor, mentee) => {
    const { liked, declined } = requests(mentor, mentee);
    if (declined) return 'one of them asked not to be paired with the other';
    if (liked === 2) return 'both asked for each other';
    if (liked === 1)
      return mentee.wouldLike.has(mentor.id)
        ? 'the mentee asked for this mentor'
        : 'the mentor asked for this mentee';
    return undefined;
  },
};
