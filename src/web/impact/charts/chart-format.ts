const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Sep 2026" for a calendar date (YYYY-MM-DD), whatever the viewer's time zone. */
export function monthLabel(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : monthFormat.format(date);
}

/** Why a line has gaps, in the words of the legend. */
export const gapNote = (minGroupSize: number) =>
  `Gaps are hidden figures: about fewer than ${minGroupSize} people, or able to give a smaller hidden figure away.`;
