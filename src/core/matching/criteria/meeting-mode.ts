import type { Criterion } from '../criterion';
import type { PreparedPerson } from '../prepared-cohort';

/** A meeting mode both accept; in person only counts when both are at the same location. */
function sameLocation(mentor: PreparedPerson, mentee: PreparedPerson): boolean {
  return (
    mentor.normalised.location !== undefined && mentor.normalised.location === mentee.normalised.location
  );
}

function commonModes(mentor: PreparedPerson, mentee: PreparedPerson): string[] {
  const sameLocation =
    mentor.normalised.location !== undefined && mentor.normalised.location === mentee.normalised.location;
  return [...mentor.modes].filter((mode) => mentee.modes.has(mode) && (mode !== 'in-person' || sameLocation));
}

export const meetingMode: Criterion = {
  id: 'meetingMode',
  label: 'Meeting mode',
  defaultWeight: 5,
  prepare: () => ({
    score: (mentor, mentee) => {
      for (const mode of mentor.modes) {
        if (mentee.modes.has(mode) && (mode !== 'in-person' || sameLocation(mentor, mentee))) return 1;
      }
      return 0;
    },
    explain: (mentor, mentee) => {
      const modes = commonModes(mentor, mentee);
      const how = modes.map((mode) => (mode === 'in-person' ? 'in person' : `by ${mode}`));
      return how.length > 0 ? `can meet ${how.join(' or ')}` : 'no meeting mode both can use';
    },
  }),
};
