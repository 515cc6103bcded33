/** The shapes of docs/api/workspace.md (issue 6), as the web app reads them. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type MeetingMode = 'video' | 'in_person' | 'phone';
export type Side = 'mentor' | 'mentee';

export interface MeetingSchedule {
  weekday: Weekday;
  /** 'HH:MM', wall clock in `timeZone`. */
  time: string;
  timeZone: string;
  durationMinutes: number;
  everyWeeks: number;
  /** 'YYYY-MM-DD': the first meeting is the first weekday on or after it. */
  startsOn: string;
  mode: MeetingMode;
  place: string;
  videoUrl: string;
}

export interface Agreement {
  version: number;
  groundRules: string[];
  schedule: MeetingSchedule;
  /** What the junior (mentor) wants to learn from the senior. */
  mentorObjectives: string[];
  /** What the senior (mentee) wants to learn from the junior. */
  menteeObjectives: string[];
  mentorAcceptedAt: string | null;
  menteeAcceptedAt: string | null;
  agreedAt: string | null;
  /** From the caller's point of view. */
  status: 'draft' | 'waiting_for_partner' | 'agreed';
  updatedAt: string;
}

export interface Topic {
  title: string;
  guide: string;
  source: 'plan' | 'custom';
  planIndex: number | null;
}

export interface MeetingLog {
  loggedBy: string;
  loggedAt: string;
  sharedNotes: string;
  taught: { mentor: string[]; mentee: string[] };
}

export interface Meeting {
  id: string;
  number: number;
  startsAt: string;
  endsAt: string;
  /** The schedule's zone. */
  timeZone: string;
  status: 'scheduled' | 'cancelled' | 'held' | 'missed';
  moved: boolean;
  isKickoff: boolean;
  mode: MeetingMode;
  place: string;
  videoUrl: string;
  topic: Topic | null;
  log: MeetingLog | null;
  myPulse: number | null;
  myPrivateNote: string | null;
}

export interface Workspace {
  pair: { id: string; status: 'active' | 'paused' | 'ended'; role: Side; startedAt: string };
  partner: { name: string; title: string; department: string; location: string; timeZone: string };
  me: { timeZone: string };
  program: {
    id: string;
    name: string;
    phase: string;
    startDate: string;
    endDate: string;
    topicPlan: { title: string; guide: string }[];
    resources: { title: string; url: string; description: string }[];
  };
  agreement: Agreement;
  skills: { mentorCanTeach: string[]; menteeCanTeach: string[] };
  counts: { held: number; planned: number; missed: number };
}

export interface AgreementInput {
  version: number;
  groundRules: string[];
  schedule: MeetingSchedule;
  mentorObjectives: string[];
  menteeObjectives: string[];
}

export interface MeetingLogInput {
  status: 'held' | 'missed';
  sharedNotes: string;
  taught: { mentor: string[]; mentee: string[] };
  pulse: number | null;
}

export interface TopicInput {
  planIndex: number | null;
  customTitle: string | null;
}

export interface CalendarFeed {
  url: string | null;
  createdAt: string | null;
}
