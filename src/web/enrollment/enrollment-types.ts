import type { Question } from '#core/programs/intake-form';
import type { Phase } from '#core/programs/program-phase';
import type { ProgramType } from '#core/programs/program-settings';
import type { EnrollmentStatus, Side } from '../programs/program-types';

/** The enrollment shapes of docs/api/programs-and-enrollment.md. */
export interface EnrollmentRow {
  id: string;
  side: Side;
  status: EnrollmentStatus;
  person: { id: string; name: string; title: string; department: string; level: number | null };
  nominatedBy: string | null;
  nominationNote: string;
  submittedAt: string | null;
  decidedAt: string | null;
}

export interface EnrollmentDetail extends EnrollmentRow {
  answers: Record<string, unknown>;
  sensitive: { answered: number; matchingConsent: boolean };
}

export interface EnrollmentSummary {
  bySide: Record<Side, Record<EnrollmentStatus, number>>;
  byDepartment: { department: string; mentor: number; mentee: number }[];
  byLevel: { level: number | null; mentor: number; mentee: number }[];
}

export type Decision = 'approve' | 'decline' | 'waitlist';

export interface InvitationResult {
  invited: number;
  skipped: { personId: string; reason: string }[];
}

export interface Nomination {
  program: { id: string; name: string; phase: Phase };
  person: { id: string; name: string; title: string; department: string };
  status: EnrollmentStatus;
  note: string;
  createdAt: string;
}

export interface MyProgram {
  program: {
    id: string;
    name: string;
    type: ProgramType;
    phase: Phase;
    startDate: string;
    endDate: string;
    purpose: string;
  };
  enrollment: { id: string; side: Side; status: EnrollmentStatus; submittedAt: string | null } | null;
  canVolunteer: Side | null;
  /** They completed this closed program: their certificate of participation is at certificateUrl. */
  certificate: boolean;
}

export interface Application {
  program: {
    id: string;
    name: string;
    type: ProgramType;
    phase: Phase;
    startDate: string;
    endDate: string;
    purpose: string;
  };
  side: Side;
  status: EnrollmentStatus | null;
  questions: Question[];
  answers: Record<string, unknown>;
  matchingConsent: boolean;
  answersOpen: boolean;
  groundRules: string[];
}
