import { describe, expect, it } from 'vitest';
import { meetingScheduleSchema, WEEKDAY_NAMES } from '#core/calendar/meeting-schedule';

const valid = {
  weekday: 2,
  time: '10:00',
  timeZone: 'Europe/London',
  durationMinutes: 60,
  everyWeeks: 2,
  startsOn: '2026-02-01',
  mode: 'video',
};

function messages(input: unknown): Record<string, string> {
  const result = meetingScheduleSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('meetingScheduleSchema', () => {
  it('accepts a schedule and fills place and video link with empty strings', () => {
    expect(meetingScheduleSchema.parse(valid)).toEqual({ ...valid, place: '', videoUrl: '' });
  });

  it('trims the place and keeps a https link', () => {
    const parsed = meetingScheduleSchema.parse({
      ...valid,
      mode: 'in_person',
      place: '  Room 4, Leeds  ',
      videoUrl: 'https://meet.example.com/abc?x=1',
    });
    expect(parsed.place).toBe('Room 4, Leeds');
    expect(parsed.videoUrl).toBe('https://meet.example.com/abc?x=1');
  });

  it('says what is wrong with each field in words a person can act on', () => {
    expect(
      messages({
        weekday: 8,
        time: '9:30',
        timeZone: 'Europe/Atlantis',
        durationMinutes: 10,
        everyWeeks: 9,
        startsOn: '2026-02-30',
        mode: 'carrier_pigeon',
        place: 'x'.repeat(301),
        videoUrl: 'javascript:alert(1)',
      }),
    ).toEqual({
      weekday: 'Choose a day of the week.',
      time: 'Enter a time like 09:30.',
      timeZone: 'Choose a time zone from the list.',
      durationMinutes: 'At least 15 minutes.',
      everyWeeks: 'At most every 8 weeks.',
      startsOn: 'Enter a date like 2026-03-31.',
      mode: 'Choose video, in person or phone.',
      place: 'Keep the place under 300 characters.',
      videoUrl: 'Enter a link starting with https://',
    });
  });

  it.each([
    ['weekday', 0],
    ['weekday', 1.5],
    ['time', '24:00'],
    ['time', '12:60'],
    ['time', '10:00:00'],
    ['durationMinutes', 241],
    ['durationMinutes', 30.5],
    ['everyWeeks', 0],
    ['startsOn', '2026/02/01'],
    ['startsOn', '2027-02-29'],
    ['videoUrl', 'meet.example.com'],
    ['videoUrl', 'ftp://meet.example.com'],
    ['videoUrl', `https://meet.example.com/${'a'.repeat(480)}`],
  ])('refuses %s = %j', (field, value) => {
    expect(Object.keys(messages({ ...valid, [field]: value }))).toEqual([field]);
  });

  it.each([
    ['weekday', 7],
    ['time', '00:00'],
    ['time', '23:59'],
    ['durationMinutes', 15],
    ['durationMinutes', 240],
    ['everyWeeks', 1],
    ['everyWeeks', 8],
    ['startsOn', '2028-02-29'],
    ['timeZone', 'UTC'],
    ['mode', 'phone'],
    ['videoUrl', 'http://localhost:8080/room'],
  ])('accepts %s = %j', (field, value) => {
    expect(messages({ ...valid, [field]: value })).toEqual({});
  });

  it('names the weekdays ISO-style from Monday', () => {
    expect(WEEKDAY_NAMES[0]).toBe('Monday');
    expect(WEEKDAY_NAMES[6]).toBe('Sunday');
    expect(WEEKDAY_NAMES).toHaveLength(7);
  });
});
