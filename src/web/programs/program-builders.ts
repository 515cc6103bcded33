import { programMeasureChoices } from '#core/impact/impact-measures';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import type { Question } from '#core/programs/intake-form';
import { defaultDates, defaultSettings } from '#core/programs/program-defaults';
import { defaultSurveys } from '#core/surveys/default-surveys';
import type { Application, EnrollmentRow, MyProgram, Nomination } from '../enrollment/enrollment-types';
import type { Program, ProgramDefaults, ProgramSummary, StatusCounts } from './program-types';

/** Test builders for the program and enrollment shapes of the API contract. */
const zero = { invited: 0, nominated: 0, applied: 0, approved: 0, waitlisted: 0, declined: 0, withdrawn: 0 };
export const noCounts: StatusCounts = { mentor: { ...zero }, mentee: { ...zero } };

export function someDefaults(overrides: Partial<ProgramDefaults> = {}): ProgramDefaults {
  const type = overrides.type ?? 'reverse';
  const startDate = overrides.startDate ?? '2026-09-01';
  return {
    type,
    ...defaultDates(startDate),
    settings: defaultSettings(type),
    intakeForm: defaultIntakeForm(),
    measureChoices: programMeasureChoices(defaultSurveys()),
    ...overrides,
  };
}

export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 'prg-1',
    name: 'Reverse Mentoring 2026',
    type: 'reverse',
    phase: 'recruiting',
    ...defaultDates('2026-09-01'),
    sponsor: { id: 'per-9', name: 'Maya Chen', title: 'Chief Executive Officer' },
    settings: defaultSettings('reverse'),
    intakeForm: defaultIntakeForm(),
    nextPhases: ['draft', 'matching'],
    answersOpen: true,
    transitions: [
      {
        fromPhase: null,
        toPhase: 'draft',
        actorName: 'Ada Lovelace',
        reason: '',
        createdAt: '2026-06-01T09:00:00.000Z',
      },
      {
        fromPhase: 'draft',
        toPhase: 'recruiting',
        actorName: 'Ada Lovelace',
        reason: 'Announced at the town hall',
        createdAt: '2026-06-10T09:00:00.000Z',
      },
    ],
    clonedFrom: null,
    counts: noCounts,
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-10T09:00:00.000Z',
    ...overrides,
  };
}

export function aProgramSummary(overrides: Partial<ProgramSummary> = {}): ProgramSummary {
  return {
    id: 'prg-1',
    name: 'Reverse Mentoring 2026',
    type: 'reverse',
    phase: 'recruiting',
    startDate: '2026-09-01',
    endDate: '2027-03-01',
    sponsorName: 'Maya Chen',
    approvedMentors: 4,
    approvedMentees: 3,
    pendingApplications: 2,
    ...overrides,
  };
}

export function anEnrollment(overrides: Partial<EnrollmentRow> = {}): EnrollmentRow {
  return {
    id: 'enr-1',
    side: 'mentor',
    status: 'applied',
    person: {
      id: 'per-20',
      name: 'Lena Park',
      title: 'Software Engineer',
      department: 'Engineering',
      level: 2,
    },
    nominatedBy: null,
    nominationNote: '',
    submittedAt: '2026-06-12T10:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

export function aMyProgram(overrides: Partial<MyProgram> = {}): MyProgram {
  return {
    program: {
      id: 'prg-1',
      name: 'Reverse Mentoring 2026',
      type: 'reverse',
      phase: 'recruiting',
      startDate: '2026-09-01',
      endDate: '2027-03-01',
      purpose: 'Leaders learn from junior colleagues, and the other way round.',
    },
    enrollment: { id: 'enr-1', side: 'mentor', status: 'invited', submittedAt: null },
    canVolunteer: null,
    certificate: false,
    ...overrides,
  };
}

export function aNomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    program: { id: 'prg-1', name: 'Reverse Mentoring 2026', phase: 'recruiting' },
    person: { id: 'per-20', name: 'Lena Park', title: 'Software Engineer', department: 'Engineering' },
    status: 'nominated',
    note: 'Leads our AI guild.',
    createdAt: '2026-06-11T10:00:00.000Z',
    ...overrides,
  };
}

export function aQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'goals',
    kind: 'long_text',
    label: 'What do you hope to get from this program?',
    help: '',
    side: 'both',
    required: false,
    sensitive: false,
    options: [],
    ...overrides,
  };
}

export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    program: aMyProgram().program,
    side: 'mentor',
    status: 'invited',
    questions: [aQuestion()],
    answers: {},
    matchingConsent: false,
    answersOpen: true,
    groundRules: ['Confidentiality: what is said in our meetings stays between us.'],
    ...overrides,
  };
}
