import { isIsoDate } from '#core/programs/calendar-dates';
import { type Issue, issue } from '#core/result';

export type ProgramDates = {
  readonly startDate: string;
  readonly endDate: string;
  readonly midpointDate: string;
};

/** A program ends after it starts, and its midpoint falls in between. */
export function checkProgramDates(dates: ProgramDates): Issue[] {
  const bad = (['startDate', 'endDate', 'midpointDate'] as const).filter((k) => !isIsoDate(dates[k]));
  if (bad.length > 0) return bad.map((k) => issue('invalid_date', 'Enter a date as YYYY-MM-DD.', [k]));
  const issues: Issue[] = [];
  if (dates.endDate <= dates.startDate)
    issues.push(issue('end_before_start', 'The program must end after it starts.', ['endDate']));
  else if (dates.midpointDate <= dates.startDate || dates.midpointDate >= dates.endDate) {
    issues.push(
      issue('midpoint_outside', 'The midpoint must fall between the start and the end.', ['midpointDate']),
    );
  }
  return issues;
}
