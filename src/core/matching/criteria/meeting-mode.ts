import { modeBit } from '../compiled-cohort';
import type { Criterion } from '../criterion';
import type { PreparedPerson } from '../prepared-cohort';

/** A meeting mode both accept; in person only counts when both are at the same location. */
function commonModes(mentor: PreparedPerson, mentee: PreparedPerson): string[] {
  const sameLocation =
    mentor.normalised.location !== undefined && mentor.normalised.location === mentee.normalised.location;
  return [...mentor.modes].filter((mode) => mentee.modes.has(mode) && (mode !== 'in-person' || sameLocation));
}

export const meetingMode: Criterion = {
  id: 'meetingMode',
  label: 'Meeting mode',
  defaultWeight: 5,
  compile: ({ mentors, mentees }) => {
    const inPerson = modeBit('in-person');
    return (m, e) => {
      const both = mentors.modes[m]! & mentees.modes[e]!;
      const location = mentors.location[m]!;
      const usable = location >= 0 && location === mentees.location[e] ? both : both & ~inPerson;
      return usable !== 0 ? 1 : 0;
    };
  },
  explainer: () => (mentor, mentee) => {
    const modes = commonModes(mentor, mentee);
    const how = modes.map((mode) => (mode === 'in-person' ? 'in person' : `by ${mode}`));
    return how.length > 0 ? `can meet ${how.join(' or ')}` : 'no meeting mode both can use';
  },
};
