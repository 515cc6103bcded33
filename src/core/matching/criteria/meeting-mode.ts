import type { Criterion } from '../criterion';
import type { PreparedPerson } from '../prepared-cohort';

/** A meeting mode both accept; in person only counts when both are at the same location. */
function commonModes(mentor: PreparedPerson, mentee: PreparedPerson): string[] {
  const sameLocation =
    mentor.participant.location !== undefined &&
    mentor.participant.location.trim().toLowerCase() === mentee.participant.location?.trim().toLowerCase();
  return [...mentor.modes].filter((mode) => mentee.modes.has(mode) && (mode !== 'in-person' || sameLocation));
}

export const meetingMode: Criterion = {
  id: 'meetingMode',
  label: 'Meeting mode',
  defaultWeight: 5,
  prepare: () => ({
    score: (mentor, mentee) => (commonModes(mentor, mentee).length > 0 ? 1 : 0),
    explain: (mentor, mentee) => {
      const modes = commonModes(mentor, mentee);
      const how = modes.map((mode) => (mode === 'in-person' ? 'in person' : `by ${mode}`));
      return how.length > 0 ? `can meet ${how.join(' or ')}` : 'no meeting mode both can use';
    },
  }),
};
