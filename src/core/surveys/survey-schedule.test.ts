import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkSurveyDates,
  defaultSurveyDates,
  isReminderDue,
  remindersCloseBy,
  type SurveyState,
  surveyStatus,
} from '#core/surveys/survey-schedule';

const PROGRAM = { startDate: '2026-09-01', midpointDate: '2026-12-01', endDate: '2027-03-01' };
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const survey = (over: Partial<SurveyState> = {}): SurveyState => ({
  opensOn: '2026-12-01',
  closesOn: '2026-12-15',
  openedAt: null,
  closedAt: null,
  ...over,
});

describe('default survey dates', () => {
  it('open on the program’s start, midpoint and a week before its end, for two weeks (final: until two weeks after the end)', () => {
    expect(defaultSurveyDates('kickoff', PROGRAM)).toEqual({ opensOn: '2026-09-01', closesOn: '2026-09-15' });
    expect(defaultSurveyDates('midpoint', PROGRAM)).toEqual({
      opensOn: '2026-12-01',
      closesOn: '2026-12-15',
    });
    expect(defaultSurveyDates('final', PROGRAM)).toEqual({ opensOn: '2027-02-22', closesOn: '2027-03-15' });
  });

  it('count calendar days across month ends and leap days', () => {
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2027-03-01', -7)).toBe('2027-02-22');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});

describe('survey status', () => {
  it('is scheduled until opened, open until its closing day has passed, then closed', () => {
    expect(surveyStatus(survey(), '2026-12-03')).toBe('scheduled');
    const opened = survey({ openedAt: at('2026-12-01') });
    expect(surveyStatus(opened, '2026-12-01')).toBe('open');
    expect(surveyStatus(opened, '2026-12-15')).toBe('open');
    expect(surveyStatus(opened, '2026-12-16')).toBe('closed');
  });

  it('is closed once HR closed it, and when the closing day passed without it ever opening', () => {
    expect(
      surveyStatus(survey({ openedAt: at('2026-12-01'), closedAt: at('2026-12-05') }), '2026-12-05'),
    ).toBe('closed');
    expect(surveyStatus(survey(), '2026-12-16')).toBe('closed');
  });
});

describe('reminders', () => {
  const open = survey({ openedAt: at('2026-12-01') });
  const invitedAt = at('2026-12-01');
  const waiting = { invitedAt, respondedAt: null, remindedAt: null };

  it('are due from three days before the survey closes until it closes', () => {
    expect(remindersCloseBy('2026-12-12')).toBe('2026-12-15');
    expect(isReminderDue(open, waiting, '2026-12-11')).toBe(false);
    expect(isReminderDue(open, waiting, '2026-12-12')).toBe(true);
    expect(isReminderDue(open, waiting, '2026-12-15')).toBe(true);
    expect(isReminderDue(open, waiting, '2026-12-16')).toBe(false);
  });

  it('go only to those who have not answered nor been reminded, of an open survey', () => {
    expect(isReminderDue(open, { ...waiting, respondedAt: at('2026-12-02') }, '2026-12-13')).toBe(false);
    expect(isReminderDue(open, { ...waiting, remindedAt: at('2026-12-12') }, '2026-12-13')).toBe(false);
    expect(isReminderDue(open, { ...waiting, invitedAt: at('2026-12-13') }, '2026-12-13')).toBe(false);
    expect(isReminderDue(open, { ...waiting, invitedAt: at('2026-12-13') }, '2026-12-14')).toBe(true);
    expect(isReminderDue(survey(), waiting, '2026-12-13')).toBe(false);
    expect(isReminderDue({ ...open, closedAt: at('2026-12-12') }, waiting, '2026-12-13')).toBe(false);
  });

  it('are due on at most four days of any survey, whatever its dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 }), (length, offset) => {
        const opensOn = addDays('2026-01-01', offset);
        const s = survey({ opensOn, closesOn: addDays(opensOn, length), openedAt: at(opensOn) });
        const days = Array.from({ length: length + 10 }, (_, i) => addDays(opensOn, i));
        const due = days.filter((d) =>
          isReminderDue(s, { ...waiting, invitedAt: at(addDays(opensOn, -1)) }, d),
        );
        expect(due.length).toBe(Math.min(4, length + 1));
        expect(due.at(-1)).toBe(s.closesOn);
      }),
    );
  });
});

describe('HR’s date changes', () => {
  const today = '2026-11-20';

  it('move both dates of a scheduled survey', () => {
    expect(checkSurveyDates(survey(), { opensOn: '2026-11-25', closesOn: '2026-12-20' }, today)).toEqual({
      ok: true,
      value: { opensOn: '2026-11-25', closesOn: '2026-12-20' },
    });
    expect(checkSurveyDates(survey(), {}, today)).toEqual({
      ok: true,
      value: { opensOn: '2026-12-01', closesOn: '2026-12-15' },
    });
  });

  it('name the field of a malformed date or a survey that would close before it opens', () => {
    const bad = checkSurveyDates(survey(), { opensOn: '2026-13-01', closesOn: 'soon' }, today);
    expect(bad.ok || bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_date', ['opensOn']],
      ['invalid_date', ['closesOn']],
    ]);
    const backwards = checkSurveyDates(survey(), { closesOn: '2026-12-01' }, today);
    expect(backwards.ok || backwards.issues.map((i) => [i.code, i.path])).toEqual([
      ['closes_before_opens', ['closesOn']],
    ]);
    const past = checkSurveyDates(survey({ opensOn: '2026-11-01' }), { closesOn: '2026-11-10' }, today);
    expect(past.ok || past.issues.map((i) => [i.code, i.path])).toEqual([['closes_in_past', ['closesOn']]]);
  });

  it('let an open survey close later or sooner, but not open on another day', () => {
    const open = survey({ opensOn: '2026-11-15', openedAt: at('2026-11-15') });
    expect(checkSurveyDates(open, { closesOn: '2026-12-31' }, today).ok).toBe(true);
    expect(checkSurveyDates(open, { opensOn: '2026-11-15', closesOn: '2026-11-22' }, today).ok).toBe(true);
    const moved = checkSurveyDates(open, { opensOn: '2026-11-16' }, today);
    expect(moved.ok || moved.issues.map((i) => i.code)).toEqual(['conflict']);
  });

  it('leave a closed survey as it is', () => {
    const closed = survey({ opensOn: '2026-11-01', closesOn: '2026-11-15', openedAt: at('2026-11-01') });
    const moved = checkSurveyDates(closed, { closesOn: '2026-12-01' }, today);
    expect(moved.ok || moved.issues.map((i) => i.code)).toEqual(['conflict']);
    expect(checkSurveyDates(closed, { closesOn: '2026-11-15' }, today).ok).toBe(true);
  });
});
