import type { MeasureChoice } from '#core/impact/impact-measures';
import { ENROLLMENT_STATUS_LIST, type EnrollmentState } from '#core/programs/enrollment-rules';
import type { Question } from '#core/programs/intake-form';
import type { Phase } from '#core/programs/program-phase';
import type { ProgramSettings, ProgramType } from '#core/programs/program-settings';

/** The shapes of docs/api/programs-and-enrollment.md, as the web app reads them. */
export type Side = 'mentor' | 'mentee';
/** The one list of enrollment statuses, from the core. */
export const ENROLLMENT_STATUSES = ENROLLMENT_STATUS_LIST;
export type EnrollmentStatus = EnrollmentState;
export type StatusCounts = Record<Side, Record<EnrollmentStatus, number>>;

export interface Transition {
  fromPhase: Phase | null;
  toPhase: Phase;
  actorName: string | null;
  reason: string;
  createdAt: string;
}

export interface Program {
  id: string;
  name: string;
  type: ProgramType;
  phase: Phase;
  startDate: string;
  endDate: string;
  midpointDate: string;
  sponsor: { id: string; name: string; title: string } | null;
  settings: ProgramSettings;
  intakeForm: Question[];
  nextPhases: Phase[];
  answersOpen: boolean;
  transitions: Transition[];
  clonedFrom: { id: string; name: string } | null;
  counts: StatusCounts;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramSummary {
  id: string;
  name: string;
  type: ProgramType;
  phase: Phase;
  startDate: string;
  endDate: string;
  sponsorName: string | null;
  approvedMentors: number;
  approvedMentees: number;
  pendingApplications: number;
}

export interface ProgramDefaults {
  type: ProgramType;
  startDate: string;
  endDate: string;
  midpointDate: string;
  settings: ProgramSettings;
  intakeForm: Question[];
  /** What objectives can be measured by, with the default surveys a new program gets. */
  measureChoices: MeasureChoice[];
}

/** The body of POST /api/programs and PUT /api/programs/:id. */
export interface ProgramInput {
  name: string;
  type: ProgramType;
  sponsorPersonId: string | null;
  startDate: string;
  endDate: string;
  midpointDate: string;
  settings: ProgramSettings;
}
