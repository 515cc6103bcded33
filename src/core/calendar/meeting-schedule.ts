import { z } from 'zod';
import { isValidTimeZone } from '#core/calendar/zoned-time';

/** How a pair meets: a weekday and wall-clock time in one zone, every few weeks from a start date. */
export const MEETING_MODES = ['video', 'in_person', 'phone'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const WEEKDAY_NAMES: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const meetingScheduleSchema = z.object({
  weekday: z
    .number({ error: 'Choose a day of the week.' })
    .int('Choose a day of the week.')
    .min(1, 'Choose a day of the week.')
    .max(7, 'Choose a day of the week.'),
  time: z
    .string({ error: 'Enter a time like 09:30.' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:30.'),
  timeZone: z
    .string({ error: 'Choose a time zone from the list.' })
    .refine(isValidTimeZone, 'Choose a time zone from the list.'),
  durationMinutes: z
    .number({ error: 'Enter how many minutes a meeting lasts.' })
    .int('Enter whole minutes.')
    .min(15, 'At least 15 minutes.')
    .max(240, 'At most 4 hours.'),
  everyWeeks: z
    .number({ error: 'Choose how often you meet.' })
    .int('Choose how often you meet.')
    .min(1, 'At least every week.')
    .max(8, 'At most every 8 weeks.'),
  startsOn: z
    .string({ error: 'Enter a date like 2026-03-31.' })
    .refine(isRealDate, 'Enter a date like 2026-03-31.'),
  mode: z.enum(MEETING_MODES, { error: 'Choose video, in person or phone.' }),
  place: z.string().trim().max(300, 'Keep the place under 300 characters.').default(''),
  videoUrl: z
    .string()
    .trim()
    .max(500, 'Keep the link under 500 characters.')
    .refine((value) => value === '' || isWebAddress(value), 'Enter a link starting with https://')
    .default(''),
});

function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export type MeetingSchedule = z.output<typeof meetingScheduleSchema>;
export type MeetingScheduleInput = z.input<typeof meetingScheduleSchema>;
