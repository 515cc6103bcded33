import { describe, expect, it } from 'vitest';
import { checkPersonFields, isEmail, isIsoDate } from '#core/people-import/field-rules';
import { timeZoneLookup } from '#core/people-import/time-zones';

const zones = timeZoneLookup(['UTC', 'Europe/London', 'America/New_York']);
const codes = (raw: Parameters<typeof checkPersonFields>[0]) =>
  checkPersonFields(raw, zones).problems.map((p) => `${p.field}:${p.code}`);

describe('person field rules', () => {
  it('accepts only real calendar days written YYYY-MM-DD', () => {
    expect(['2024-02-29', '1999-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2023-02-29', '2024-13-01', '31/12/2024', '2024-1-5', '20240105'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('knows an email address when it sees one', () => {
    expect(isEmail('a.b+c@x.example')).toBe(true);
    expect(['a@b', 'a b@x.example', '@x.example', `${'a'.repeat(250)}@x.example`].some(isEmail)).toBe(false);
  });

  it('reads levels 1 to 20 only, and an empty level as none', () => {
    expect(checkPersonFields({ level: '20' }, zones).values.level).toBe(20);
    expect(checkPersonFields({ level: ' ' }, zones).values.level).toBeNull();
    for (const level of ['0', '21', '3.5', 'L3', '-1']) expect(codes({ level })).toEqual(['level:bad_level']);
  });

  it('answers time zones in their canonical spelling, keeps Intl aliases, refuses the rest', () => {
    expect(checkPersonFields({ timeZone: 'america/new_york' }, zones).values.timeZone).toBe(
      'America/New_York',
    );
    expect(checkPersonFields({ timeZone: '' }, zones).values.timeZone).toBe('UTC');
    expect(checkPersonFields({ timeZone: 'Asia/Tokyo' }, zones).values.timeZone).toBe('Asia/Tokyo');
    for (const timeZone of ['Mars/Olympus', 'GMT+2', 'Europe', '../etc/passwd'])
      expect(codes({ timeZone }), timeZone).toEqual(['timeZone:unknown_time_zone']);
  });

  it('reads statuses in any case, and asks a leaver for an end date that follows the hire date', () => {
    expect(checkPersonFields({ employmentStatus: 'On Leave' }, zones).values.employmentStatus).toBe(
      'on_leave',
    );
    expect(codes({ employmentStatus: 'retired' })).toEqual(['employmentStatus:unknown_status']);
    expect(codes({ employmentStatus: 'left', endDate: '' })).toEqual(['endDate:end_date_required']);
    expect(codes({ employmentStatus: 'left', endDate: '2020-01-01', hireDate: '2021-01-01' })).toEqual([
      'endDate:end_before_hire',
    ]);
    expect(codes({ employmentStatus: 'left', endDate: 'soon' })).toEqual(['endDate:bad_date']);
  });

  it('refuses text longer than 200 characters', () => {
    expect(codes({ name: 'n'.repeat(201), title: 't'.repeat(201) })).toEqual([
      'name:too_long',
      'title:too_long',
    ]);
  });
});
