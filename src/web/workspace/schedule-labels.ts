import type { MeetingMode, MeetingSchedule, Weekday } from './workspace-types';

export const weekdayNames: Record<Weekday, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

export const modeLabels: Record<MeetingMode, string> = {
  video: 'Video',
  in_person: 'In person',
  phone: 'Phone',
};

const modeWords: Record<MeetingMode, string> = {
  video: 'by video',
  in_person: 'in person',
  phone: 'by phone',
};

/** "Every 2 weeks on Tuesday at 10:00 (Europe/London), 60 minutes, by video". */
export function describeSchedule(schedule: MeetingSchedule): string {
  const every = schedule.everyWeeks === 1 ? 'Every week' : `Every ${schedule.everyWeeks} weeks`;
  const where = schedule.mode === 'in_person' && schedule.place.trim() ? ` at ${schedule.place.trim()}` : '';
  return `${every} on ${weekdayNames[schedule.weekday]} at ${schedule.time} (${schedule.timeZone}), ${schedule.durationMinutes} minutes, ${modeWords[schedule.mode]}${where}`;
}

/** Only the place that fits the mode is kept: the contract wants '' for the others. */
export function tidySchedule(schedule: MeetingSchedule): MeetingSchedule {
  return {
    ...schedule,
    place: schedule.mode === 'in_person' ? schedule.place.trim() : '',
    videoUrl: schedule.mode === 'video' ? schedule.videoUrl.trim() : '',
  };
}
