import { type MeetingSchedule, meetingScheduleSchema } from '#core/calendar/meeting-schedule';
import { instantToZoned, isValidTimeZone } from '#core/calendar/zoned-time';
import type { ProgramSettings } from '#core/programs/program-settings';
import type { AgreementContent, AgreementRow } from '#store/agreements-store';

/** The kickoff agreement as the caller sees it (docs/api/workspace.md `Agreement`). */
export type Agreement = {
  version: number;
  groundRules: string[];
  schedule: MeetingSchedule;
  mentorObjectives: string[];
  menteeObjectives: string[];
  mentorAcceptedAt: string | null;
  menteeAcceptedAt: string | null;
  agreedAt: string | null;
  status: 'draft' | 'waiting_for_partner' | 'agreed';
  updatedAt: string;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The stored schedule, always one this server wrote after validating it. */
export function scheduleOf(row: Pick<AgreementRow, 'schedule'>): MeetingSchedule {
  return meetingScheduleSchema.parse(row.schedule);
}

export function agreementView(row: AgreementRow, role: 'mentor' | 'mentee'): Agreement {
  const mine = role === 'mentor' ? row.mentorAcceptedAt : row.menteeAcceptedAt;
  return {
    version: row.version,
    groundRules: [...row.groundRules],
    schedule: scheduleOf(row),
    mentorObjectives: [...row.mentorObjectives],
    menteeObjectives: [...row.menteeObjectives],
    mentorAcceptedAt: iso(row.mentorAcceptedAt),
    menteeAcceptedAt: iso(row.menteeAcceptedAt),
    agreedAt: iso(row.agreedAt),
    status: row.agreedAt ? 'agreed' : mine ? 'waiting_for_partner' : 'draft',
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The intake 'goals' answer as objectives: one per non-empty line. */
export function objectivesFrom(answers: Readonly<Record<string, unknown>> | undefined): string[] {
  const goals = answers?.goals;
  if (typeof goals !== 'string') return [];
  return goals
    .split(/\r?\n/)
    .map((l) => l.trim().slice(0, 500))
    .filter((l) => l.length > 0)
    .slice(0, 20);
}

/** Skill names from the intake 'skills' answer: what this person can teach. */
export function canTeachFrom(answers: Readonly<Record<string, unknown>> | undefined): string[] {
  const skills = (answers?.skills ?? {}) as { canTeach?: unknown };
  if (!Array.isArray(skills.canTeach)) return [];
  return skills.canTeach
    .map((s: unknown) => (s && typeof s === 'object' ? (s as { skill?: unknown }).skill : undefined))
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

/**
 * Where a pair's agreement starts: the program's ground rules and cadence, Tuesdays at 10:00 in the
 * mentee's time zone from the later of today (there) and the program's start, by video, and each
 * side's intake goals as its objectives.
 */
export function agreementDefaults(input: {
  readonly settings: ProgramSettings;
  readonly programStart: string;
  readonly menteeTimeZone: string;
  readonly now: Date;
  readonly mentorAnswers: Readonly<Record<string, unknown>> | undefined;
  readonly menteeAnswers: Readonly<Record<string, unknown>> | undefined;
}): AgreementContent {
  const timeZone = isValidTimeZone(input.menteeTimeZone) ? input.menteeTimeZone : 'UTC';
  const today = instantToZoned(input.now, timeZone).date;
  const schedule: MeetingSchedule = {
    weekday: 2,
    time: '10:00',
    timeZone,
    durationMinutes: input.settings.cadence.minutes,
    everyWeeks: input.settings.cadence.everyWeeks,
    startsOn: today > input.programStart ? today : input.programStart,
    mode: 'video',
    place: '',
    videoUrl: '',
  };
  return {
    groundRules: [...input.settings.groundRules],
    schedule,
    mentorObjectives: objectivesFrom(input.mentorAnswers),
    menteeObjectives: objectivesFrom(input.menteeAnswers),
  };
}
