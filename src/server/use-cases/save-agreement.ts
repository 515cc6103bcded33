import { firstOccurrenceDate } from '#core/calendar/cadence';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { instantToZoned } from '#core/calendar/zoned-time';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { type Agreement, agreementView, scheduleOf } from '#server/use-cases/agreement-view';
import { loadAgreement } from '#server/use-cases/describe-workspace';
import { isWritable, loadOwnPair } from '#server/use-cases/load-own-pair';
import type { AgreementContent, AgreementRow } from '#store/agreements-store';
import { getAgreement, saveAgreementVersion } from '#store/agreements-store';

export type AgreementInput = {
  readonly version: number;
  readonly groundRules: readonly string[];
  readonly schedule: MeetingSchedule;
  readonly mentorObjectives: readonly string[];
  readonly menteeObjectives: readonly string[];
};

export const pairEnded = <T>(): Result<T> =>
  fail([issue('conflict', 'This pair has ended, so its workspace can no longer be changed.')]);
export const agreementInForce = <T>(): Result<T> =>
  fail([issue('conflict', 'Your agreement is in force; change the schedule from a date instead.')]);
export const versionChanged = <T>(): Result<T> =>
  fail([
    issue(
      'conflict',
      'Your partner changed the agreement while you were looking at it. Reload to see their version, then make your changes again.',
    ),
  ]);

/** The reason a conditional write on the agreement did nothing: agreed meanwhile, or a newer version. */
export async function whyNotWritten<T>(deps: AppDeps, row: AgreementRow): Promise<Result<T>> {
  const now = await getAgreement(deps.database.db, row.orgId, row.pairId);
  return now?.agreedAt ? agreementInForce() : versionChanged();
}

/**
 * One side edits the draft agreement. Any change makes a new version and clears both acceptances;
 * saving what is already there changes nothing. Refused once agreed, on an ended pair, and when the
 * partner saved a newer version meanwhile.
 */
export async function saveAgreement(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: AgreementInput,
): Promise<Result<Agreement>> {
  const loaded = await loadOwnPair(deps.database.db, caller, pairId);
  if (!loaded.ok) return loaded;
  const own = loaded.value;
  if (!isWritable(own)) return pairEnded();
  const current = await loadAgreement(deps, own);
  if (current.agreedAt) return agreementInForce();
  if (current.version !== input.version) return versionChanged();

  const content: AgreementContent = {
    groundRules: input.groundRules,
    schedule: input.schedule,
    mentorObjectives: input.mentorObjectives,
    menteeObjectives: input.menteeObjectives,
  };
  const currentSchedule = scheduleOf(current);
  const dates = scheduleDateIssues(input.schedule, {
    programStart: own.program.startDate,
    programEnd: own.program.endDate,
    today: instantToZoned(deps.now(), input.schedule.timeZone).date,
    unchangedStart: currentSchedule.startsOn,
  });
  if (dates.length > 0) return fail(dates);
  if (sameContent(current, content)) return ok(agreementView(current, own.role));

  const saved = await saveAgreementVersion(deps.database.db, own.pair.orgId, own.pair.id, input.version, {
    ...content,
    updatedByPersonId: own.personId,
    at: deps.now(),
  });
  if (!saved) return whyNotWritten(deps, current);
  return ok(agreementView(saved, own.role));
}

/**
 * The schedule's start must lie within the program, not in the past (unless it is the start already
 * agreed on), and leave at least one meeting before the program ends.
 */
export function scheduleDateIssues(
  schedule: MeetingSchedule,
  bounds: { programStart: string; programEnd: string; today: string; unchangedStart?: string },
) {
  const path = ['schedule', 'startsOn'];
  if (schedule.startsOn > bounds.programEnd) {
    return [issue('invalid', `Start on or before the program's last day, ${bounds.programEnd}.`, path)];
  }
  if (schedule.startsOn < bounds.programStart) {
    return [issue('invalid', `The program starts on ${bounds.programStart}; start on or after it.`, path)];
  }
  if (schedule.startsOn < bounds.today && schedule.startsOn !== bounds.unchangedStart) {
    return [issue('invalid', 'Choose a start date from today onwards.', path)];
  }
  if (firstOccurrenceDate(schedule) > bounds.programEnd) {
    return [
      issue(
        'invalid',
        `No meeting day falls between ${schedule.startsOn} and the program's end on ${bounds.programEnd}. Choose an earlier start or another day.`,
        path,
      ),
    ];
  }
  return [];
}

function canonical(c: AgreementContent) {
  const s = c.schedule as MeetingSchedule;
  return JSON.stringify([
    c.groundRules,
    [s.weekday, s.time, s.timeZone, s.durationMinutes, s.everyWeeks, s.startsOn, s.mode, s.place, s.videoUrl],
    c.mentorObjectives,
    c.menteeObjectives,
  ]);
}

function sameContent(row: AgreementRow, content: AgreementContent): boolean {
  return canonical({ ...row, schedule: scheduleOf(row) }) === canonical(content);
}
