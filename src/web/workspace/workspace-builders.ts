import type { Agreement, Meeting, MeetingSchedule, Workspace } from './workspace-types';

/** Test data for the workspace pages: Ada (mentor, London) is paired with Grace (mentee, Amsterdam). */
export function aSchedule(overrides: Partial<MeetingSchedule> = {}): MeetingSchedule {
  return {
    weekday: 2,
    time: '10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    everyWeeks: 2,
    startsOn: '2026-10-01',
    mode: 'video',
    place: '',
    videoUrl: '',
    ...overrides,
  };
}

export function anAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    version: 3,
    groundRules: ['What we say stays between us', 'Either of us may move a meeting with a day’s notice'],
    schedule: aSchedule(),
    mentorObjectives: ['How the board decides on capital'],
    menteeObjectives: ['Use AI assistants with confidence'],
    mentorAcceptedAt: null,
    menteeAcceptedAt: null,
    agreedAt: null,
    status: 'draft',
    updatedAt: '2026-09-20T08:00:00.000Z',
    ...overrides,
  };
}

export function anAgreedAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return anAgreement({
    mentorAcceptedAt: '2026-09-21T08:00:00.000Z',
    menteeAcceptedAt: '2026-09-22T08:00:00.000Z',
    agreedAt: '2026-09-22T08:00:00.000Z',
    status: 'agreed',
    ...overrides,
  });
}

export function aWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    pair: { id: 'pair-1', status: 'active', role: 'mentor', startedAt: '2026-09-01T09:00:00.000Z' },
    partner: {
      name: 'Grace Hopper',
      title: 'Chief Financial Officer',
      department: 'Finance',
      location: 'Amsterdam',
      timeZone: 'Europe/Amsterdam',
    },
    me: { timeZone: 'Europe/London' },
    program: {
      id: 'prg-1',
      name: 'Reverse Mentoring 2026',
      phase: 'active',
      startDate: '2026-09-01',
      endDate: '2027-03-01',
      topicPlan: [
        { title: 'Getting to know each other', guide: 'Share what you each hope to get out of this.' },
        { title: 'AI at work', guide: 'Try an assistant together on a real task.' },
        { title: 'How the board decides', guide: 'Walk through a recent decision.' },
      ],
      resources: [],
    },
    agreement: anAgreement(),
    skills: {
      mentorCanTeach: ['Generative AI', 'Figma'],
      menteeCanTeach: ['Capital allocation', 'Negotiation'],
    },
    counts: { held: 0, planned: 0, missed: 0 },
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'mtg-1',
    number: 1,
    startsAt: '2026-10-06T09:00:00.000Z',
    endsAt: '2026-10-06T10:00:00.000Z',
    timeZone: 'Europe/London',
    status: 'scheduled',
    moved: false,
    isKickoff: false,
    mode: 'video',
    place: '',
    videoUrl: '',
    topic: {
      title: 'AI at work',
      guide: 'Try an assistant together on a real task.',
      source: 'plan',
      planIndex: 1,
    },
    log: null,
    myPulse: null,
    myPrivateNote: null,
    ...overrides,
  };
}
